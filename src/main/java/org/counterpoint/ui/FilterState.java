package org.counterpoint.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;

/**
 * Which highlights the navigator (and a filtered export) shows: by role, speaker, tag, the verdict
 * of a comparison that links them, the date they were stated, and words of their text. All combine.
 */
public final class FilterState {
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<PartialDate> stated = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    /** Show only highlights with this tag (ignoring case); "" shows all. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** Show only highlights linked in a comparison with this verdict; null shows all. */
    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** Show only highlights stated in this year, month or day; null shows all. */
    public ObjectProperty<PartialDate> statedProperty() {
        return stated;
    }

    /** Show only highlights whose quote, note, speaker or citation contains this text (ignoring case); "" shows all. */
    public StringProperty textProperty() {
        return text;
    }

    /** Every property a filter is made of, to listen to them all at once. */
    public Observable[] parts() {
        return new Observable[] {role, speaker, tag, verdict, stated, text};
    }

    /** True when no filter is set, so every highlight is shown. */
    public boolean isEmpty() {
        return role.get() == null && blank(speaker.get()) && blank(tag.get()) && verdict.get() == null && stated.get() == null
                && blank(text.get());
    }

    /**
     * The test for highlights of {@code project}, every filter combined. The verdict's comparisons are
     * found once here, not once per highlight.
     */
    public Predicate<Highlight> matcher(Project project) {
        Set<String> withVerdict = null;
        if (verdict.get() != null) {
            withVerdict = new HashSet<>();
            for (Comparison c : project.comparisons()) {
                if (c.verdict() == verdict.get()) {
                    withVerdict.addAll(c.claimIds());
                    withVerdict.addAll(c.rebuttalIds());
                }
            }
        }
        Set<String> linked = withVerdict;
        String tagWanted = lower(tag.get());
        String words = lower(text.get());
        PartialDate when = stated.get();
        return h -> matches(h) && (linked == null || linked.contains(h.id()))
                && (tagWanted.isEmpty() || h.tags().stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(tagWanted)))
                && (when == null || within(h.provenance().statedOn(), when))
                && (words.isEmpty() || containsWords(h, words));
    }

    /** True when {@code date} falls in the year, month or day {@code period} names. */
    static boolean within(PartialDate date, PartialDate period) {
        if (date == null || date.year() != period.year()) {
            return false;
        }
        if (period.hasMonth() && date.month() != period.month()) {
            return false;
        }
        return !period.hasDay() || date.day() == period.day();
    }

    private static boolean containsWords(Highlight h, String words) {
        Provenance p = h.provenance();
        for (String s : new String[] {h.isArea() ? "" : h.quote(), h.note(), p.speaker(), p.citation()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Show only highlights of this role; null shows all. */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** Show only highlights whose speaker contains this text (ignoring case); "" shows all. */
    public StringProperty speakerProperty() {
        return speaker;
    }

    /** The role and speaker filters alone; {@link #matcher} applies them all. */
    public boolean matches(Highlight h) {
        if (role.get() != null && h.role() != role.get()) {
            return false;
        }
        String s = speaker.get() == null ? "" : speaker.get().strip();
        return s.isEmpty() || h.provenance().speaker().toLowerCase().contains(s.toLowerCase());
    }

    /** Every speaker named in the project, for the filter's suggestions. */
    public static List<String> speakers(Project p) {
        return distinct(p, Provenance::speaker);
    }

    /** Every tag used in the project, for the filter's suggestions. */
    public static List<String> tags(Project p) {
        return p.highlights().stream().flatMap(h -> h.tags().stream()).map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted()
                .toList();
    }

    /** Every affiliation named in the project, for the inspector's suggestions. */
    public static List<String> affiliations(Project p) {
        return distinct(p, Provenance::affiliation);
    }

    private static List<String> distinct(Project p, Function<Provenance, String> field) {
        return p.highlights().stream().map(h -> field.apply(h.provenance())).filter(s -> !s.isBlank()).distinct().sorted().toList();
    }
}
