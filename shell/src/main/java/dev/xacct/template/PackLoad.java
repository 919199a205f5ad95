package dev.xacct.template;

import java.util.ArrayList;
import java.util.List;

/** Packs that loaded, and the files that were skipped with their reasons. */
public record PackLoad(List<TemplatePack> packs, List<LoadProblem> problems) {
    public PackLoad {
        packs = List.copyOf(packs);
        problems = List.copyOf(problems);
    }

    public static PackLoad empty() {
        return new PackLoad(List.of(), List.of());
    }

    public PackLoad plus(PackLoad other) {
        List<TemplatePack> p = new ArrayList<>(packs);
        p.addAll(other.packs);
        List<LoadProblem> q = new ArrayList<>(problems);
        q.addAll(other.problems);
        return new PackLoad(p, q);
    }
}
