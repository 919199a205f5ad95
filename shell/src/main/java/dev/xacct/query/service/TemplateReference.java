package dev.xacct.query.service;

import dev.xacct.plugin.Extensions;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateLookup;

/** Turns the {@code PACK/NAME} a user typed into a template, or an error with the closest names. */
public final class TemplateReference {

    private TemplateReference() {}

    /**
     * The template {@code PACK/NAME} (or a bare {@code NAME} found in one pack only).
     *
     * @throws UsageError when no reference was given
     * @throws UserError  when there is no such template, naming the closest ones
     */
    public static Template resolve(Extensions extensions, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new UsageError("give a template as PACK/NAME, e.g. cloudtrail/console-logins (see 'templates')");
        }
        TemplateLookup lookup = extensions.catalog().find(reference);
        if (lookup instanceof TemplateLookup.Found found) {
            return found.template();
        }
        throw new UserError(((TemplateLookup.NotFound) lookup).message());
    }
}
