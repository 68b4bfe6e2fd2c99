package vn.vanban.template.internal;

import java.util.List;
import java.util.Map;

import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import vn.vanban.template.Markup;
import vn.vanban.text.NumberWords;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

/** The functions templates may call: the Vietnamese toolkit and the markup, nothing else. */
public final class Functions {
    private Functions() {
    }

    /**
     * Name → function, to put into the template model: {@code md(text)}, {@code inline(text)},
     * {@code roman(6)} "VI", {@code upper(s)}, {@code ordinal(4)} "thứ tư", {@code so_chu(105)}
     * "một trăm linh năm", {@code tien_chu(1005000)} "Một triệu không trăm linh năm nghìn đồng",
     * {@code so_nhom(1005000)} "1.005.000", {@code dau_cau(list)} each item ending ";" and the last ".".
     */
    public static Map<String, Object> all() {
        return Map.of(
                "md", (TemplateMethodModelEx) args -> XMLOutputFormat.INSTANCE.fromMarkup(Markup.toXml(string(args, 0, "md"))),
                "inline", (TemplateMethodModelEx) args -> XMLOutputFormat.INSTANCE.fromMarkup(Markup.inline(string(args, 0, "inline"))),
                "roman", (TemplateMethodModelEx) args -> Numerals.roman((int) number(args, 0, "roman")),
                "upper", (TemplateMethodModelEx) args -> VietnameseCase.upper(string(args, 0, "upper")),
                "ordinal", (TemplateMethodModelEx) args -> Numerals.ordinal((int) number(args, 0, "ordinal")),
                "so_chu", (TemplateMethodModelEx) args -> NumberWords.standard().cardinal(number(args, 0, "so_chu")),
                "tien_chu", (TemplateMethodModelEx) args -> NumberWords.standard().money(number(args, 0, "tien_chu")),
                "so_nhom", (TemplateMethodModelEx) args -> NumberWords.grouped(number(args, 0, "so_nhom")),
                "dau_cau", (TemplateMethodModelEx) args -> ModelBuilder.punctuate(strings(args, "dau_cau")));
    }

    private static String string(List<?> args, int i, String fn) throws TemplateModelException {
        if (args.size() <= i) {
            throw new TemplateModelException(fn + "(…) needs an argument");
        }
        Object a = args.get(i);
        if (a instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        Object o = DeepUnwrap.unwrap((freemarker.template.TemplateModel) a);
        return String.valueOf(o);
    }

    private static List<String> strings(List<?> args, String fn) throws TemplateModelException {
        if (args.isEmpty() || !(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)) instanceof List<?> l)) {
            throw new TemplateModelException(fn + "(…) needs a list, e.g. " + fn + "([\"Như trên\", \"Lưu: VT\"])");
        }
        return l.stream().map(String::valueOf).toList();
    }

    private static long number(List<?> args, int i, String fn) throws TemplateModelException {
        if (args.size() <= i || !(args.get(i) instanceof TemplateNumberModel n)) {
            throw new TemplateModelException(fn + "(…) needs a number");
        }
        return n.getAsNumber().longValue();
    }
}
