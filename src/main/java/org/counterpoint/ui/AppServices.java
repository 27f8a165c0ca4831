package org.counterpoint.ui;

import java.time.Clock;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.task.TaskRunner;

/**
 * What the screens need from outside: dialogs, a way to run long work, the settings, the store of
 * recovery copies and a clock. Tests pass scripted dialogs, a task runner that runs at once, and
 * settings and recovery copies in a temporary folder.
 */
public record AppServices(DialogService dialogs, TaskRunner tasks, SettingsStore settings, RecoveryStore recovery, Clock clock) {
}
