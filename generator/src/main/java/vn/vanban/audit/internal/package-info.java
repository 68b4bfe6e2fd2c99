/** The audit's internals: input guard, docx4j reader, element classifier, rules, fixer. Not API. */
package vn.vanban.audit.internal;
