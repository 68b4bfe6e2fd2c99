package vn.vanban.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.event.schema.Field;
import vn.vanban.event.schema.FieldType;

/**
 * Writes {@link EventSchema} as JSON Schema (draft 2020-12), so editors complete and check event
 * files as they are typed.
 *
 * <pre>{@code
 * String json = JsonSchemaWriter.write();   // what ./vanban schema prints
 * }</pre>
 */
public final class JsonSchemaWriter {
    private static final String OUTLINE_REF = "#/$defs/outline";

    private JsonSchemaWriter() {
    }

    /** The schema, pretty-printed, ending with a newline. */
    public static String write() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "vanban event file");
        root.put("description", "One congress (Đại hội / Hội nghị) and the documents vanban makes for it. Keys are Vietnamese without diacritics.");
        root.put("$defs", Map.of("outline", object(EventSchema.OUTLINE_NODE, true))); // one entry: ordered
        root.putAll(object(EventSchema.ROOT, false));
        StringBuilder sb = new StringBuilder();
        json(sb, root, "");
        return sb.append('\n').toString();
    }

    private static Map<String, Object> object(FieldType.Obj obj, boolean outline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        m.put("additionalProperties", false);
        Map<String, Object> props = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (Field f : obj.fields()) {
            Map<String, Object> p = type(f.type(), outline);
            p.put("description", f.description());
            props.put(f.name(), p);
            if (f.required()) {
                required.add(f.name());
            }
        }
        m.put("properties", props);
        if (!required.isEmpty()) {
            m.put("required", required);
        }
        return m;
    }

    /** Outline nodes at every depth share one definition (the depth limit is the validator's). */
    private static Map<String, Object> type(FieldType t, boolean inOutline) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (t) {
            case FieldType.Obj obj -> {
                if (EventSchema.isOutlineNode(obj)) {
                    m.put("$ref", OUTLINE_REF);
                } else {
                    m.putAll(object(obj, inOutline));
                }
            }
            case FieldType.ListOf l -> {
                m.put("type", "array");
                m.put("minItems", l.min());
                m.put("items", type(l.item(), inOutline));
            }
            case FieldType.Text x -> m.put("type", "string");
            case FieldType.Markup x -> m.put("type", "string");
            case FieldType.Lines x -> {
                Map<String, Object> array = new LinkedHashMap<>();
                array.put("type", "array");
                array.put("items", Map.of("type", "string"));
                m.put("anyOf", List.of(Map.of("type", "string"), array));
            }
            case FieldType.Int i -> {
                m.put("type", "integer");
                m.put("minimum", i.min());
                m.put("maximum", i.max());
            }
            case FieldType.Bool b -> m.put("type", "boolean");
            case FieldType.Date d -> {
                m.put("type", "string");
                m.put("pattern", d.partial()
                        ? "^(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{4}|\\d{4})$"
                        : "^(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})$");
            }
            case FieldType.Choice c -> m.put("enum", new ArrayList<Object>(c.values()));
        }
        return m;
    }

    private static void json(StringBuilder sb, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(indent).append("  ").append(quote((String) e.getKey())).append(": ");
                json(sb, e.getValue(), indent + "  ");
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                json(sb, l.get(i), indent + "  ");
            }
            sb.append(']');
        } else if (v instanceof String s) {
            sb.append(quote(s));
        } else {
            sb.append(v);
        }
    }

    static String quote(String s) {
        return vn.vanban.text.JsonStrings.quote(s);
    }
}
