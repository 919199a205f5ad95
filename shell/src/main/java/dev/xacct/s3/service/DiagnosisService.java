package dev.xacct.s3.service;

import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.evidence.EvidenceWriter;
import dev.xacct.s3.evidence.S3Request;
import dev.xacct.s3.gather.AwsPerspective;
import dev.xacct.s3.gather.EvidenceGatherer;
import dev.xacct.s3.gather.PerspectiveSource;
import dev.xacct.shell.OutputFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code s3 diagnose} as a service: live (the perspectives, gathering, saving the evidence,
 * the engine) or offline (an evidence or scenario file, whose document remedy patches refer to).
 * The command only parses and renders.
 */
@Component
public class DiagnosisService {
    /** Enough threads that every read of the first round starts at once (both perspectives). */
    private static final int GATHER_THREADS = 24;

    private final ObjectProvider<PerspectiveSource> perspectives;
    private final AuthorizationEngine engine = new AuthorizationEngine();

    public DiagnosisService(ObjectProvider<PerspectiveSource> perspectives) {
        this.perspectives = perspectives;
    }

    /** A live diagnosis with how its evidence was gathered. */
    public record Live(Diagnosis diagnosis, EvidenceGatherer.Gathered gathered, Path savedTo, Duration total) {
        /** One line: the whole diagnosis, the gathering, AWS calls, perspectives, dependent round trips, where the evidence went. */
        public String timing() {
            return String.format(
                    Locale.ROOT,
                    "diagnosed in %.3f s, gathered in %.3f s: %d AWS calls as %d perspective%s, %d dependent round trip%s%s",
                    total.toNanos() / 1e9,
                    gathered.elapsed().toNanos() / 1e9,
                    gathered.calls(),
                    gathered.perspectives(),
                    gathered.perspectives() == 1 ? "" : "s",
                    gathered.roundTrips(),
                    gathered.roundTrips() == 1 ? "" : "s",
                    savedTo == null ? "" : "; evidence saved to " + savedTo);
        }
    }

    /** Gathers as the current session (and {@code owner}, an alias or role, when given) and diagnoses. */
    public Live live(S3Request request, String owner, Path saveEvidence) {
        long start = System.nanoTime();
        PerspectiveSource source = perspectives.getObject();
        AwsPerspective caller = source.current();
        AwsPerspective ownerSession = owner == null ? null : source.owner(owner);
        EvidenceGatherer.Gathered gathered;
        try (EvidenceGatherer gatherer = new EvidenceGatherer(GATHER_THREADS)) {
            gathered = gatherer.gather(request, caller, ownerSession);
        }
        if (saveEvidence != null) save(gathered, saveEvidence);
        Diagnosis d = engine.diagnose(gathered.evidence());
        return new Live(d, gathered, saveEvidence, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Diagnoses a saved evidence or scenario file; remedy patches are paths into its evidence document. */
    public Diagnosis offline(Path file) {
        EvidenceReader.Document doc = EvidenceReader.readDocument(file);
        return engine.diagnose(doc.evidence(), doc.json());
    }

    /**
     * Evidence holds account data: the file is private (0600), written whole or not at all, and a
     * failed write is an error with the OS reason ({@link OutputFile}).
     */
    private static void save(EvidenceGatherer.Gathered gathered, Path file) {
        OutputFile.write(file, out -> {
            out.println(EvidenceWriter.toJson(gathered.evidence()));
            return null;
        });
    }
}
