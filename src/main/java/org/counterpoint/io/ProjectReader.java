package org.counterpoint.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterpoint.anchor.AnchorResolver;
import org.counterpoint.io.ProjectFileException.Problem;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;

/**
 * Reads project files. It only ever reads: a file that cannot be opened is left exactly as it was,
 * and the exception says what is wrong and where.
 */
public final class ProjectReader {

    /** MAJOR.MINOR exactly: no spaces, no leading zeros, no missing minor. */
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:Object property|field) \"([^\"]*)\"|^Duplicate field '([^']*)'");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");
    private static final Pattern FOUND = Pattern.compile("(?:from|coerce) (Array|Object|String|Integer|Floating-point|Boolean|Null)(?: value \\((.{0,60}?)\\))?");

    /** The largest project file read; a project holds text, not the sources' bytes. */
    public static final long MAX_BYTES = 256L << 20;

    public LoadedProject read(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProjectFileException(file, new Problem(0, 0, "", "it is " + (Files.size(file) >> 20) + " MB, more than the "
                        + (MAX_BYTES >> 20) + " MB a project file can be; it is not a Counterpoint project."));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, new Problem(0, 0, "", "there is no such file."));
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, new Problem(0, 0, "", "you do not have permission to read it."));
        } catch (IOException e) {
            throw new ProjectFileException(file, new Problem(0, 0, "", "it could not be read (" + e.getMessage() + ")."));
        }
        return read(bytes, file);
    }

    /**
     * Reads a project from bytes. {@code file} names it in messages, and its folder is where relative
     * source paths are resolved; pass null for a project that has no file (such as the bundled sample).
     */
    public LoadedProject read(byte[] bytes, Path file) throws ProjectFileException {
        if (bytes.length == 0) {
            throw new ProjectFileException(file, new Problem(0, 0, "", "the file is empty."));
        }
        Header header = peek(bytes, file);
        List<String> warnings = new ArrayList<>();
        boolean newerMinor = header.minor > ProjectFormat.MINOR;
        if (newerMinor) {
            warnings.add("This file was written by a newer Counterpoint (format " + header.version
                    + "). Anything this version does not know about will be left out if you save it.");
        }
        ProjectJson.FileJson json = bind(bytes, file, newerMinor);
        Problems problems = new Problems(file, bytes);
        Path baseDir = file == null || file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent();
        Project project = new ProjectMapping(problems, baseDir).toModel(json);
        problems.throwIfAny();
        return resolveAnchors(project, warnings);
    }

    private record Header(String version, int major, int minor) {
    }

    private Header peek(byte[] bytes, Path file) throws ProjectFileException {
        String format = null;
        String version = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ProjectFileException(file, new Problem(0, 0, "", "the file holds only white space."));
            }
            if (t != JsonToken.START_OBJECT) {
                throw notAProject(file, "it holds a JSON " + (t == JsonToken.START_ARRAY ? "list" : "value") + ", not a JSON object.");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                t = p.nextToken();
                if ("format".equals(name) && t == JsonToken.VALUE_STRING) {
                    format = p.getText();
                } else if ("formatVersion".equals(name) && t == JsonToken.VALUE_STRING) {
                    version = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ProjectFileException(file, new Problem(line(at), column(at), "",
                        "there is more text after the end of the project; the file may have been joined with another."));
            }
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            throw new ProjectFileException(file, new Problem(line(at), column(at), "",
                    "the file ends too early; it looks truncated (cut off while being copied or saved). "
                            + "Restore it from the .bak copy beside it or from a backup."));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                String name = duplicate.group(1) != null ? duplicate.group(1) : duplicate.group(2);
                throw new ProjectFileException(file, new Problem(line(at), column(at), "",
                        "the field \"" + name + "\" appears twice in the same object; remove the one that is wrong."));
            }
            throw new ProjectFileException(file, new Problem(line(at), column(at), "",
                    "the file is not valid JSON: " + firstSentence(e.getOriginalMessage()) + "."));
        } catch (IOException e) {
            throw new ProjectFileException(file, new Problem(0, 0, "", "it could not be read (" + e.getMessage() + ")."));
        }
        if (format == null) {
            throw notAProject(file, "it has no \"format\": \"" + ProjectFormat.NAME + "\" field.");
        }
        if (!ProjectFormat.NAME.equals(format)) {
            throw notAProject(file, "its format is \"" + format + "\", not \"" + ProjectFormat.NAME + "\".");
        }
        if (version == null) {
            throw new ProjectFileException(file, new Problem(0, 0, "formatVersion", "the format version is missing."));
        }
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new ProjectFileException(file, new Problem(0, 0, "formatVersion",
                    "\"" + version + "\" is not a format version such as \"" + ProjectFormat.MAJOR + ".0" + "\"."));
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major > ProjectFormat.MAJOR) {
            throw new ProjectFileException(file, new Problem(0, 0, "formatVersion",
                    "it was written by a newer version of Counterpoint (format " + version + "); this version reads format "
                            + ProjectFormat.MAJOR + ".x. Open it with a newer Counterpoint."));
        }
        if (major < 1) {
            throw new ProjectFileException(file, new Problem(0, 0, "formatVersion",
                    "format " + version + " is older than any released Counterpoint and cannot be read."));
        }
        return new Header(version, major, minor);
    }

    private ProjectJson.FileJson bind(byte[] bytes, Path file, boolean lenient) throws ProjectFileException {
        try {
            var reader = Json.mapper().readerFor(ProjectJson.FileJson.class);
            if (lenient) {
                reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            }
            return reader.readValue(bytes);
        } catch (UnrecognizedPropertyException e) {
            Collection<Object> known = e.getKnownPropertyIds();
            throw problem(file, at(bytes, e), e, "there is no field \"" + e.getPropertyName() + "\" here"
                    + (known == null || known.isEmpty() ? "." : "; the fields allowed here are " + quoteAll(known) + "."));
        } catch (InvalidFormatException e) {
            throw problem(file, e, "should be " + expected(e.getTargetType()) + ", but is " + describeValue(e.getValue()) + ".");
        } catch (MismatchedInputException e) {
            Matcher missing = MISSING.matcher(e.getOriginalMessage());
            if (missing.find()) {
                throw problem(file, at(bytes, e), e, "the required field \"" + missing.group(1) + "\" is missing.");
            }
            Matcher found = FOUND.matcher(e.getOriginalMessage());
            String actual = found.find() ? " but is " + article(found.group(1)) + (found.group(2) == null ? "" : " " + found.group(2)) : "";
            throw problem(file, e, "should be " + expected(e.getTargetType()) + (actual.isEmpty() ? "." : "," + actual + "."));
        } catch (JsonMappingException e) {
            throw problem(file, e, firstSentence(e.getOriginalMessage()) + ".");
        } catch (IOException e) {
            throw new ProjectFileException(file, new Problem(0, 0, "", "it could not be read (" + e.getMessage() + ")."));
        }
    }

    private LoadedProject resolveAnchors(Project project, List<String> warnings) {
        int reanchored = 0;
        int flagged = 0;
        List<Highlight> resolved = new ArrayList<>(project.highlights().size());
        int waiting = 0;
        for (Highlight h : project.highlights()) {
            SourceDocument doc = project.document(h.documentId()).orElseThrow();
            Highlight r = AnchorResolver.resolve(doc.text(), h);
            if (r.status() == AnchorStatus.REANCHORED) {
                reanchored++;
            } else if (r.status() == AnchorStatus.FLAGGED && doc.isStandIn()) {
                waiting++;
            } else if (r.status() == AnchorStatus.FLAGGED) {
                flagged++;
            }
            resolved.add(r);
        }
        if (reanchored > 0) {
            warnings.add(reanchored + (reanchored == 1 ? " highlight was" : " highlights were")
                    + " found at a different place in its document and moved there. Save to keep the new positions.");
        }
        if (flagged > 0) {
            warnings.add(flagged + (flagged == 1 ? " highlight no longer matches" : " highlights no longer match")
                    + " its document's text. " + (flagged == 1 ? "It is" : "They are") + " kept and flagged for review.");
        }
        if (waiting > 0) {
            List<String> names = project.documents().stream().filter(SourceDocument::isStandIn).map(d -> "“" + d.title() + "”").toList();
            warnings.add(waiting + (waiting == 1 ? " highlight waits" : " highlights wait") + ", flagged, for "
                    + String.join(", ", names) + ", not in the project yet. Import " + (names.size() == 1 ? "it" : "them") + " to place them.");
        }
        Project result = new Project(project.title(), project.description(), project.author(), project.documents(),
                resolved, project.comparisons(), project.created(), project.modified(), project.reviewUrlBase());
        return new LoadedProject(result, warnings, reanchored, flagged + waiting, reanchored > 0);
    }

    private static ProjectFileException notAProject(Path file, String why) {
        return new ProjectFileException(file, new Problem(0, 0, "", "it is not a Counterpoint project: " + why));
    }

    private static ProjectFileException problem(Path file, JsonMappingException e, String message) {
        return problem(file, e.getLocation(), e, message);
    }

    private static ProjectFileException problem(Path file, JsonLocation at, JsonMappingException e, String message) {
        return new ProjectFileException(file, new Problem(line(at), column(at), fieldPath(e.getPath()), message));
    }

    /**
     * Where the field that {@code e} is about stands, or for a field that is missing, where the object that
     * lacks it begins. Jackson reports where it noticed, which is the token after an unknown field and the
     * end of an object that lacks one.
     */
    private static JsonLocation at(byte[] bytes, JsonMappingException e) {
        JsonLocator locator = new JsonLocator(bytes);
        List<JsonMappingException.Reference> path = e.getPath();
        for (int n = path.size(); n > 0; n--) {
            Optional<JsonLocation> found = locator.locate(pointer(path.subList(0, n)));
            if (found.isPresent()) {
                return found.get();
            }
        }
        return e.getLocation();
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        com.fasterxml.jackson.core.JsonPointer pointer = com.fasterxml.jackson.core.JsonPointer.empty();
        for (JsonMappingException.Reference ref : path) {
            pointer = ref.getFieldName() != null ? pointer.appendProperty(ref.getFieldName()) : pointer.appendIndex(Math.max(0, ref.getIndex()));
        }
        return pointer.toString();
    }

    /** "highlights[2].anchor.start" from Jackson's reference chain. */
    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list in [ ]";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object in { }";
    }

    private static String article(String jacksonKind) {
        return switch (jacksonKind) {
            case "Array" -> "a list";
            case "Object" -> "an object";
            case "String" -> "text";
            case "Integer" -> "a whole number";
            case "Floating-point" -> "a fractional number";
            case "Boolean" -> "true or false";
            default -> "null";
        };
    }

    private static String describeValue(Object value) {
        if (value instanceof String s) {
            return "\"" + Text.abbreviate(s, 40) + "\"";
        }
        return String.valueOf(value);
    }

    private static String quoteAll(Collection<Object> names) {
        List<String> quoted = names.stream().map(n -> "\"" + n + "\"").sorted().toList();
        return String.join(", ", quoted);
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "it could not be parsed";
        }
        String line = message.lines().findFirst().orElse(message).trim();
        int source = line.indexOf(" at [Source:");
        if (source > 0) {
            line = line.substring(0, source);
        }
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    static int line(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
    }

    static int column(JsonLocation at) {
        return at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
    }
}
