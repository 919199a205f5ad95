package dev.xacct.plugin;

import dev.xacct.template.Template;
import dev.xacct.template.TemplateLookup;
import dev.xacct.template.TemplatePack;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** Tab completion for template names, pack names and a template's {@code --param NAME=}. */
@Configuration(proxyBeanMethods = false)
public class TemplateCompletions {

    @Bean
    public CompletionProvider packNames(Extensions extensions) {
        return context -> extensions.catalog().packs().stream()
                .map(TemplatePack::name)
                .map(CompletionProposal::new)
                .toList();
    }

    @Bean
    public CompletionProvider templateNames(Extensions extensions) {
        return context -> {
            boolean afterParam = context.getCommandOption() != null
                    && "param".equals(context.getCommandOption().longName());
            if (afterParam) {
                return parameterNames(extensions, context.getWords());
            }
            if (context.getCommandOption() != null) {
                return List.of(); // another option's value: its own domain (or free text), never a template name
            }
            return extensions.catalog().templates().stream()
                    .map(Template::id)
                    .map(CompletionProposal::new)
                    .toList();
        };
    }

    private static List<CompletionProposal> parameterNames(Extensions extensions, List<String> words) {
        List<CompletionProposal> proposals = new ArrayList<>();
        for (String word : words) {
            if (word.contains("/") && extensions.catalog().find(word) instanceof TemplateLookup.Found found) {
                found.template()
                        .parameters()
                        .forEach(p -> proposals.add(new CompletionProposal(p.name() + "=")
                                .description(p.type().name() + (p.required() ? ", required" : ""))
                                .complete(false)));
            }
        }
        return proposals;
    }
}
