package org.counterpoint.ui.present;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Presentation;
import org.counterpoint.model.PresentationScene;
import org.counterpoint.model.PresentationStep;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;

/**
 * The state of a live presentation: which step is on screen, what covers it (black, white, help,
 * notes, a callout), and the number being typed to jump. Pure state over a project snapshot, so it
 * is tested without a toolkit; the views only observe it and call its actions.
 */
public final class PresentationViewModel {
    /** What covers the stage: nothing, a black screen or a white one. */
    public enum Cover { NONE, BLACK, WHITE }

    /** One step with the scene it belongs to. */
    public record Position(PresentationScene scene, PresentationStep step, int stepInScene) {
        public Comparison comparison() {
            return scene.comparison();
        }
    }

    /** Quotes shown in their sources: one, or a claim and a rebuttal side by side. */
    public record Callout(List<String> highlightIds) {
        public Callout {
            highlightIds = List.copyOf(highlightIds);
        }

        public boolean sideBySide() {
            return highlightIds.size() > 1;
        }
    }

    private final Project project;
    private final List<PresentationScene> scenes;
    private final List<Position> positions = new ArrayList<>();
    private final Clock clock;
    private final Instant started;
    private int index = -1;

    private final ObjectProperty<Position> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Cover> cover = new SimpleObjectProperty<>(Cover.NONE);
    private final BooleanProperty helpShown = new SimpleBooleanProperty(false);
    private final BooleanProperty notesShown = new SimpleBooleanProperty(false);
    private final ObjectProperty<Callout> callout = new SimpleObjectProperty<>();
    private final StringProperty focusedId = new SimpleStringProperty();
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<PresentationTheme> theme = new SimpleObjectProperty<>(PresentationTheme.LIGHT);
    private final StringProperty elapsedText = new SimpleStringProperty("0:00");

    public PresentationViewModel(Project project, Clock clock) {
        this.project = project;
        this.clock = clock;
        this.started = clock.instant();
        this.scenes = Presentation.scenes(project);
        for (PresentationScene scene : scenes) {
            for (int i = 0; i < scene.steps().size(); i++) {
                positions.add(new Position(scene, scene.steps().get(i), i));
            }
        }
    }

    public Project project() {
        return project;
    }

    public List<PresentationScene> scenes() {
        return scenes;
    }

    /** True when there is nothing to present: no comparison, or every one hidden. */
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    public ReadOnlyObjectProperty<Position> currentProperty() {
        return current;
    }

    public Position current() {
        return current.get();
    }

    /** The index of the current step among all steps, 0-based; -1 before the start. */
    public int index() {
        return index;
    }

    public int stepCount() {
        return positions.size();
    }

    public ObjectProperty<Cover> coverProperty() {
        return cover;
    }

    public BooleanProperty helpShownProperty() {
        return helpShown;
    }

    public BooleanProperty notesShownProperty() {
        return notesShown;
    }

    public ReadOnlyObjectProperty<Callout> calloutProperty() {
        return callout;
    }

    /** The quote that Z calls out: the one the step reveals, or the one chosen with Tab. */
    public ReadOnlyStringProperty focusedIdProperty() {
        return focusedId;
    }

    /** The digits typed so far for a jump, shown on the stage until Enter. */
    public ReadOnlyStringProperty typedProperty() {
        return typed;
    }

    /** A short sentence for the stage, e.g. when a typed number names no comparison; "" for none. */
    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<PresentationTheme> themeProperty() {
        return theme;
    }

    public PresentationTheme theme() {
        return theme.get();
    }

    /** T: light and dark, for a room brighter or darker than expected. */
    public void toggleTheme() {
        theme.set(theme.get() == PresentationTheme.LIGHT ? PresentationTheme.DARK : PresentationTheme.LIGHT);
    }

    /** True when the presenter moved the focus (Tab) off the quote the step reveals, so the stage marks it. */
    public boolean focusChosen() {
        Position p = current();
        return p != null && focusedId.get() != null && !focusedId.get().equals(defaultFocus(p.step()));
    }

    /** The elapsed time as shown to the presenter, updated by {@link #tick()}. */
    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText;
    }

    /** Updates the elapsed time; the view calls it once a second. */
    public void tick() {
        elapsedText.set(formatElapsed(elapsed()));
    }

    // ------------------------------------------------------------------ moving

    /**
     * Starts at the first step of a comparison, or of the first one when {@code comparisonId} is null.
     * A comparison that is hidden from the presentation starts it at the next one shown.
     */
    public void startAt(String comparisonId) {
        if (isEmpty()) {
            return;
        }
        int at = 0;
        if (comparisonId != null) {
            int found = sceneIndexOf(comparisonId);
            if (found >= 0) {
                at = firstStepOf(found);
            } else {
                at = firstShownAfter(comparisonId);
                message.set("That comparison is hidden from the presentation; starting at the next one shown.");
            }
        }
        go(at);
    }

    public void next() {
        if (uncover()) {
            return;
        }
        go(Math.min(index + 1, positions.size() - 1));
    }

    public void previous() {
        if (uncover()) {
            return;
        }
        go(Math.max(index - 1, 0));
    }

    public void home() {
        uncover();
        go(0);
    }

    public void end() {
        uncover();
        go(positions.size() - 1);
    }

    /** Jumps to the first step of a comparison by its number, 1-based as shown on the stage. */
    public boolean jumpTo(int number) {
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).number() == number) {
                uncover();
                go(firstStepOf(i));
                return true;
            }
        }
        message.set("There is no comparison " + number + "; type a number from " + scenes.get(0).number()
                + " to " + scenes.get(scenes.size() - 1).number() + ", then Enter.");
        return false;
    }

    /** Jumps to the first step of a comparison by its id. */
    public void jumpToComparison(String comparisonId) {
        int found = sceneIndexOf(comparisonId);
        if (found >= 0) {
            uncover();
            go(firstStepOf(found));
        }
    }

    public void typeDigit(int digit) {
        if (typed.get().length() < 4) {
            typed.set(typed.get() + digit);
        }
    }

    public void deleteDigit() {
        String t = typed.get();
        typed.set(t.isEmpty() ? t : t.substring(0, t.length() - 1));
    }

    /** Enter: jumps to the comparison whose number was typed. Returns false when nothing was typed. */
    public boolean enter() {
        String t = typed.get();
        if (t.isEmpty()) {
            return false;
        }
        typed.set("");
        jumpTo(Integer.parseInt(t));
        return true;
    }

    private void go(int to) {
        if (isEmpty() || to == index) {
            return;
        }
        index = to;
        callout.set(null);
        Position p = positions.get(to);
        current.set(p);
        focusedId.set(defaultFocus(p.step()));
    }

    private static String defaultFocus(PresentationStep step) {
        if (step.revealedId() != null) {
            return step.revealedId();
        }
        if (!step.claimIds().isEmpty()) {
            return step.claimIds().get(0);
        }
        return step.rebuttalIds().isEmpty() ? null : step.rebuttalIds().get(0);
    }

    private int sceneIndexOf(String comparisonId) {
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).comparison().id().equals(comparisonId)) {
                return i;
            }
        }
        return -1;
    }

    private int firstStepOf(int sceneIndex) {
        int at = 0;
        for (int i = 0; i < sceneIndex; i++) {
            at += scenes.get(i).steps().size();
        }
        return at;
    }

    /** The first step of the first shown comparison after a hidden one in board order; the first step if none follows. */
    private int firstShownAfter(String comparisonId) {
        Optional<Comparison> hidden = project.comparison(comparisonId);
        if (hidden.isPresent()) {
            for (int i = 0; i < scenes.size(); i++) {
                if (scenes.get(i).comparison().order() > hidden.get().order()) {
                    return firstStepOf(i);
                }
            }
        }
        return 0;
    }

    /** The step after the current one, for the presenter; empty at the end. */
    public Optional<Position> nextPosition() {
        return index + 1 < positions.size() ? Optional.of(positions.get(index + 1)) : Optional.empty();
    }

    // ------------------------------------------------------------------ covers and overlays

    public void toggleCover(Cover which) {
        cover.set(cover.get() == which ? Cover.NONE : which);
    }

    private boolean uncover() {
        if (cover.get() != Cover.NONE) {
            cover.set(Cover.NONE);
            return true;
        }
        return false;
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    public void toggleNotes() {
        notesShown.set(!notesShown.get());
    }

    /**
     * Esc: closes what covers the stage, one layer at a time (help, callout, black or white screen).
     * Returns false when nothing was open, which means leave the presentation.
     */
    public boolean escape() {
        if (helpShown.get()) {
            helpShown.set(false);
            return true;
        }
        if (callout.get() != null) {
            callout.set(null);
            return true;
        }
        return uncover();
    }

    // ------------------------------------------------------------------ callouts

    /** The quotes on the stage now, claims first, in display order. */
    public List<String> visibleQuotes() {
        Position p = current();
        if (p == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(p.step().claimIds());
        ids.addAll(p.step().rebuttalIds());
        return ids;
    }

    /** Tab: the next quote on the stage becomes the one Z calls out. */
    public void focusNextQuote(boolean backwards) {
        List<String> ids = visibleQuotes();
        if (ids.isEmpty()) {
            return;
        }
        int at = ids.indexOf(focusedId.get());
        int n = ids.size();
        focusedId.set(ids.get(((at < 0 ? (backwards ? 0 : -1) : at) + (backwards ? -1 : 1) + n) % n));
    }

    /** Z: shows the focused quote in its source, or returns from a callout. */
    public void toggleCallout() {
        if (callout.get() != null) {
            callout.set(null);
        } else if (focusedId.get() != null) {
            uncover();
            callout.set(new Callout(List.of(focusedId.get())));
        } else {
            message.set("There is no quote on screen to show in its source.");
        }
    }

    /** A click on a quote: shows it in its source; a click on the callout returns. */
    public void toggleCalloutOf(String highlightId) {
        if (callout.get() != null) {
            callout.set(null);
        } else if (visibleQuotes().contains(highlightId)) {
            focusedId.set(highlightId);
            callout.set(new Callout(List.of(highlightId)));
        }
    }

    /**
     * S: the claim's source next to the rebuttal's, or returns. The rebuttal is the focused one, or
     * the one this step reveals, or the last on screen; the claim is the focused one or the first.
     */
    public void toggleSideBySide() {
        if (callout.get() != null) {
            callout.set(null);
            return;
        }
        Position p = current();
        if (p == null || p.step().claimIds().isEmpty() || p.step().rebuttalIds().isEmpty()) {
            message.set("Side by side needs a claim and a rebuttal on screen; step on until a rebuttal is shown.");
            return;
        }
        List<String> claims = p.step().claimIds();
        List<String> rebuttals = p.step().rebuttalIds();
        String focus = focusedId.get();
        String claim = claims.contains(focus) ? focus : claims.get(0);
        String rebuttal = rebuttals.contains(focus) ? focus
                : rebuttals.contains(p.step().revealedId()) ? p.step().revealedId() : rebuttals.get(rebuttals.size() - 1);
        uncover();
        callout.set(new Callout(List.of(claim, rebuttal)));
    }

    // ------------------------------------------------------------------ presenter

    public Duration elapsed() {
        return Duration.between(started, clock.instant());
    }

    /** "12:05" or "1:02:09". */
    public static String formatElapsed(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** One note for the presenter: a heading and its text. */
    public record Note(String heading, String text, Role role) {
    }

    /** The presenter's notes for the current step: the comparison's summary and note, and the notes of the quotes on screen. */
    public List<Note> notes() {
        Position p = current();
        if (p == null) {
            return List.of();
        }
        Comparison c = p.comparison();
        List<Note> notes = new ArrayList<>();
        String verdict = c.verdict().label() + (c.verdictText().isBlank() ? "" : " — " + c.verdictText());
        notes.add(new Note("Summary", verdict, null));
        if (!c.note().isBlank()) {
            notes.add(new Note("Note", c.note(), null));
        }
        for (String id : visibleQuotes()) {
            project.highlight(id).filter(h -> !h.note().isBlank())
                    .ifPresent(h -> notes.add(new Note(h.role().label() + " · " + speakerOf(h), h.note(), h.role())));
        }
        return notes;
    }

    static String speakerOf(Highlight h) {
        return h.provenance().speaker().isBlank() ? "unknown speaker" : h.provenance().speaker();
    }

    /** What a step shows, in a few words, for the presenter: "Rebuttal 2 of 3: Daniel Hatton". */
    public String describe(Position p) {
        PresentationStep s = p.step();
        return switch (s.kind()) {
            case QUESTION -> "Comparison " + p.scene().number() + ": " + p.comparison().title();
            case CLAIM -> "Claim " + (s.claimIds().indexOf(s.revealedId()) + 1) + " of " + p.comparison().claimIds().size() + ": "
                    + project.highlight(s.revealedId()).map(PresentationViewModel::speakerOf).orElse("");
            case REBUTTAL -> "Rebuttal " + (s.rebuttalIds().indexOf(s.revealedId()) + 1) + " of " + p.comparison().rebuttalIds().size() + ": "
                    + project.highlight(s.revealedId()).map(PresentationViewModel::speakerOf).orElse("");
            case VERDICT -> "Verdict: " + p.comparison().verdict().label();
        };
    }

    /** "Comparison 2 of 3 · step 4 of 6". */
    public String whereLabel() {
        Position p = current();
        if (p == null) {
            return "";
        }
        return "Comparison " + p.scene().number() + " of " + scenes.size() + " · step " + (p.stepInScene() + 1) + " of " + p.scene().steps().size();
    }
}
