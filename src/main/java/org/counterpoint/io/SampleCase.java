package org.counterpoint.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled sample case: the October 2023 Hikvision UK endorsement claim and the official denials. */
public final class SampleCase {
    public static final String RESOURCE = "/org/counterpoint/samples/hikvision-uk-2023.counterpoint.json";
    public static final String FILE_NAME = "hikvision-uk-2023.counterpoint.json";

    private SampleCase() {
    }

    public static LoadedProject load() throws ProjectFileException {
        try (InputStream in = SampleCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample case is missing from this build (" + RESOURCE + ")");
            }
            return new ProjectReader().read(in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
