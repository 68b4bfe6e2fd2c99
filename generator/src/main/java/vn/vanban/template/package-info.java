/**
 * Templates → document model. {@link vn.vanban.template.TemplateEngine} runs FreeMarker as a
 * sandbox that writes the document vocabulary; {@link vn.vanban.template.DocumentBuilder} reads it
 * back into blocks and computes every number; {@link vn.vanban.template.Markup} is officers' text.
 */
package vn.vanban.template;
