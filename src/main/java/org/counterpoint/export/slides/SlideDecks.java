package org.counterpoint.export.slides;

import java.io.IOException;
import java.util.List;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.SourceAccess;

/**
 * Slides to take away: the presentation as a 16:9 PDF deck or a PowerPoint file, with the same
 * content and look as the live mode. Hidden comparisons are left out and each comparison's step
 * order is honoured; the settings choose the theme and one slide per step or per comparison.
 */
public final class SlideDecks {
    /** The file's bytes, how many slides it has, and what the user should know. */
    public record Result(byte[] bytes, int slides, List<String> notes) {
    }

    static {
        // Apache POI logs through the Log4j API, which has no provider here and says so on standard
        // error; the command line's output must stay clean, and POI's problems surface as exceptions
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private SlideDecks() {
    }

    /** The PowerPoint file when {@code pptx}, else the PDF deck; with a note when there is nothing to present. */
    public static Result write(boolean pptx, Project project, PresentationSettings settings, SourceAccess access, Progress progress)
            throws IOException {
        Result result = pptx ? pptx(project, settings, access, progress) : pdf(project, settings, access, progress);
        if (org.counterpoint.model.Presentation.scenes(project).isEmpty()) {
            List<String> notes = new java.util.ArrayList<>(result.notes());
            notes.add(0, "No comparison is shown in the presentation, so the slides hold only the title. Make a comparison, or show a hidden one.");
            return new Result(result.bytes(), result.slides(), notes);
        }
        return result;
    }

    /** A PDF deck with real, selectable text in the embedded shipped fonts, and quotes shown in their sources. */
    public static Result pdf(Project project, PresentationSettings settings, SourceAccess access, Progress progress) throws IOException {
        return PdfDeck.write(project, settings, true, access, progress);
    }

    /** A PowerPoint file: editable text boxes for quotes, attributions and verdicts, and the presenter's notes as speaker notes. */
    public static Result pptx(Project project, PresentationSettings settings, SourceAccess access, Progress progress) throws IOException {
        return PptxDeck.write(project, settings, true, access, progress);
    }
}
