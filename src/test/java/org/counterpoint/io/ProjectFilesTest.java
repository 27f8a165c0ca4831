package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.counterpoint.model.Project;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();

    private Project renamed(Project p, String title) {
        return p.withInfo(title, p.description(), p.author(), Fixtures.T1);
    }

    @Test
    void aSaveOverTheVersionThatWasOpenedSucceedsAndRecordsTheNewVersion() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        FileVersion v1 = files.save(Fixtures.rich(), file, FileVersion.ABSENT);
        ProjectFiles.Opened opened = files.open(file);
        assertThat(opened.version()).isEqualTo(v1);
        FileVersion v2 = files.save(renamed(opened.loaded().project(), "Second"), file, opened.version());
        assertThat(v2).isNotEqualTo(v1);
        assertThat(files.save(renamed(opened.loaded().project(), "Third"), file, v2)).isEqualTo(FileVersion.of(file));
        assertThat(new ProjectReader().read(file).project().title()).isEqualTo("Third");
    }

    @Test
    void aChangeThatKeepsSizeAndTimeIsStillSeen() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        files.save(renamed(Fixtures.rich(), "AAAA"), file, FileVersion.ABSENT);
        ProjectFiles.Opened opened = files.open(file);
        FileTime time = Files.getLastModifiedTime(file);
        String other = Files.readString(file).replace("\"AAAA\"", "\"BBBB\"");
        Files.writeString(file, other);
        Files.setLastModifiedTime(file, time);
        assertThat(Files.size(file)).isEqualTo(opened.version().size());

        ProjectChangedException e = catchThrowableOfType(() -> files.save(opened.loaded().project(), file, opened.version()),
                ProjectChangedException.class);
        assertThat(e).isNotNull();
        assertThat(e.found().sha256()).isNotEqualTo(e.expected().sha256());
        assertThat(Files.readString(file)).isEqualTo(other);
    }

    @Test
    void aNewProjectIsNotSavedOverAFileSomeoneElseCreatedMeanwhile() throws Exception {
        Path file = dir.resolve("new.counterpoint.json");
        Files.writeString(file, "{}");
        ProjectChangedException e = catchThrowableOfType(() -> files.save(Fixtures.rich(), file, FileVersion.ABSENT),
                ProjectChangedException.class);
        assertThat(e).isNotNull();
        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    @Test
    void aSaveWhileAnotherWriterHoldsTheLockIsRefusedAndWritesNothing() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        FileVersion v1 = files.save(Fixtures.rich(), file, FileVersion.ABSENT);
        byte[] before = Files.readAllBytes(file);
        try (ProjectLock held = ProjectLock.tryAcquire(file).orElseThrow()) {
            assertThat(ProjectLock.tryAcquire(file)).isEmpty();
            ProjectLockedException e = catchThrowableOfType(() -> files.save(renamed(Fixtures.rich(), "X"), file, v1),
                    ProjectLockedException.class);
            assertThat(e).hasMessage("p.counterpoint.json is being saved by another Counterpoint window or command; try again when it has finished.");
            assertThat(catchThrowableOfType(() -> ProjectLock.acquire(file, 0), ProjectLockedException.class)).isNotNull();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(ProjectLock.tryAcquire(file)).hasValueSatisfying(l -> {
            try {
                l.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void openingRemovesStaleTempFilesOfKilledSavesButNotFreshOrLockedOnesOrOtherFiles() throws Exception {
        Path file = dir.resolve("p.counterpoint.json");
        files.save(Fixtures.rich(), file, FileVersion.ABSENT);
        Path cache = Files.createDirectories(dir.resolve(GlyphCache.FOLDER));
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        Path staleProject = dir.resolve(".p.counterpoint.json.1a2b3c4d5e6f7a8b.tmp");
        Path staleBackup = dir.resolve(".p.counterpoint.json.bak.ffee01.tmp");
        Path staleCache = cache.resolve("." + "ab".repeat(32) + ".glyphs.7f3e.tmp");
        Path fresh = dir.resolve(".p.counterpoint.json.abc.tmp");
        Path locked = dir.resolve(".p.counterpoint.json.def.tmp");
        Path otherProject = dir.resolve(".q.counterpoint.json.abc.tmp");
        Path notOurs = dir.resolve(".p.counterpoint.json.notes.tmp");
        for (Path p : List.of(staleProject, staleBackup, staleCache, fresh, locked, otherProject, notOurs)) {
            Files.write(p, new byte[1024]);
            if (p != fresh) {
                Files.setLastModifiedTime(p, old);
            }
        }
        try (FileChannel channel = FileChannel.open(locked, StandardOpenOption.WRITE); var lock = channel.lock()) {
            files.open(file);
        }
        assertThat(staleProject).doesNotExist();
        assertThat(staleBackup).doesNotExist();
        assertThat(staleCache).doesNotExist();
        assertThat(fresh).exists();
        assertThat(locked).exists();
        assertThat(otherProject).exists();
        assertThat(notOurs).exists();
    }
}
