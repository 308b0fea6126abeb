package io.streamhub.media.transcode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets the worker stop a running job from another thread (shutdown): running processes
 * register what stops them.
 */
public final class Cancellation {

	private final List<Runnable> actions = new CopyOnWriteArrayList<>();

	private volatile boolean cancelled;

	/**
	 * Stop: run every registered action (and any registered later, at once).
	 */
	public void cancel() {
		this.cancelled = true;
		this.actions.forEach(Runnable::run);
	}

	/**
	 * Whether {@link #cancel()} was called.
	 * @return {@code true} once cancelled
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	/**
	 * Register what stops the current work.
	 * @param action run on cancel (at once if already cancelled)
	 */
	public void onCancel(Runnable action) {
		this.actions.add(action);
		if (this.cancelled) {
			action.run();
		}
	}

}
