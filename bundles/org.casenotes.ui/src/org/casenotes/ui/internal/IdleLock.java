/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.casenotes.core.PracticeStore;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * The application add-on that locks the window ({@link ScreenLock}) after a while without a key press or mouse
 * use: {@value #DEFAULT_MINUTES} minutes, or what {@value #ARGUMENT} {@code MINUTES} says (0: never). It puts
 * the {@link ScreenLock} in the application context for File > Lock.
 */
public final class IdleLock {

	public static final String ARGUMENT = "--lock-after";
	static final int DEFAULT_MINUTES = 10;
	private static final int CHECK_MILLIS = 15_000;
	private static final int[] ACTIVITY = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

	private Display display;
	private ScreenLock screenLock;
	private Duration after;
	private volatile long lastActivity = System.nanoTime();
	private final Listener onActivity = event -> lastActivity = System.nanoTime();
	private final Runnable check = this::check;

	@PostConstruct
	void start(IEclipseContext context, PracticeStore store) {
		display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		screenLock = new ScreenLock(display, store);
		context.set(ScreenLock.class, screenLock);
		context.set(IdleLock.class, this);
		after = timeout(Arrays.asList(Platform.getApplicationArgs()));
		for (int type : ACTIVITY) {
			display.addFilter(type, onActivity);
		}
		if (!after.isZero()) {
			display.timerExec(CHECK_MILLIS, check);
		}
	}

	@PreDestroy
	void stop() {
		if (display != null && !display.isDisposed()) {
			for (int type : ACTIVITY) {
				display.removeFilter(type, onActivity);
			}
			display.timerExec(-1, check);
		}
	}

	/** The idle time after which the window locks, from the application's arguments; zero is never. */
	static Duration timeout(List<String> args) {
		int at = args.indexOf(ARGUMENT);
		if (at >= 0 && at + 1 < args.size()) {
			try {
				return Duration.ofMinutes(Math.max(0, Integer.parseInt(args.get(at + 1).strip())));
			} catch (NumberFormatException e) {
				// a mistyped argument keeps the safe default rather than never locking
			}
		}
		return Duration.ofMinutes(DEFAULT_MINUTES);
	}

	public Duration after() {
		return after;
	}

	private void check() {
		if (display.isDisposed()) {
			return;
		}
		lockIfIdle(System.nanoTime());
		display.timerExec(CHECK_MILLIS, check);
	}

	/** Locks when nothing was typed or clicked for the timeout before {@code now} ({@link System#nanoTime()}). */
	public void lockIfIdle(long now) {
		if (after.isZero() || screenLock.isLocked() || now - lastActivity < after.toNanos()) {
			return;
		}
		screenLock.lock();
		lastActivity = System.nanoTime(); // the unlock is activity: the next lock is a full timeout away
	}
}
