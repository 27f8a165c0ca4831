package org.counterpoint.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;

/** Which highlights the navigator (and a filtered export) shows: by role and by speaker. */
public final class FilterState {
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty speaker = new SimpleStringProperty("");

    /** Show only highlights of this role; null shows all. */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** Show only highlights whose speaker contains this text (ignoring case); "" shows all. */
    public StringProperty speakerProperty() {
        return speaker;
    }

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

    /** Every affiliation named in the project, for the inspector's suggestions. */
    public static List<String> affiliations(Project p) {
        return distinct(p, Provenance::affiliation);
    }

    private static List<String> distinct(Project p, Function<Provenance, String> field) {
        return p.highlights().stream().map(h -> field.apply(h.provenance())).filter(s -> !s.isBlank()).distinct().sorted().toList();
    }
}
