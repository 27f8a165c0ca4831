package org.counterpoint.ui;

import java.time.Clock;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.task.TaskRunner;

/**
 * What the screens need from outside: dialogs, a way to run long work, the settings and a clock.
 * Tests pass scripted dialogs, a task runner that runs at once, and settings in a temporary folder.
 */
public record AppServices(DialogService dialogs, TaskRunner tasks, SettingsStore settings, Clock clock) {
}
