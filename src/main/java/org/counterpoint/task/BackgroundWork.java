package org.counterpoint.task;

/** A unit of long-running work that reports progress and can be cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
