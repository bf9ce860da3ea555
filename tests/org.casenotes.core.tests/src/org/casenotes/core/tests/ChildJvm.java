/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.casenotes.core.tests.child.StoreChild;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A {@link StoreChild} in a JVM of its own, so a test can kill it with SIGKILL. Its class path is made from the
 * locations of the OSGi bundles the store needs (the test runtime's own class path holds only the launcher):
 * a jar as it is, a bundle folder by its compiled classes.
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final Path errors;
	private final Thread reader;
	private final List<String> command;

	ChildJvm(String mode, Path workspace) throws IOException {
		errors = Files.createTempFile("store-child", ".err");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		command = List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classPath(), StoreChild.class.getName(), mode, workspace.toString());
		process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the process was killed mid-line; the lines read so far are all there is
			}
		}, "store-child-output");
		reader.start();
	}

	long pid() {
		return process.pid();
	}

	/** The next line the child printed, failing with its error output when it printed none in time. */
	String nextLine() throws Exception {
		String line = lines.poll(20, TimeUnit.SECONDS);
		if (line == null) {
			throw new AssertionError("the child printed nothing (" + (process.isAlive() ? "alive" : "exit " + process.exitValue()) + ", " + command
					+ "); its errors:\n" + Files.readString(errors));
		}
		return line;
	}

	/** Kills the child as SIGKILL does, and returns every line it printed before it died. */
	List<String> kill() throws Exception {
		process.destroyForcibly();
		process.waitFor(20, TimeUnit.SECONDS);
		reader.join(20_000);
		List<String> rest = new java.util.ArrayList<>();
		lines.drainTo(rest);
		return rest;
	}

	@Override
	public void close() throws IOException {
		process.destroyForcibly();
		Files.deleteIfExists(errors);
	}

	/** The store's bundles and what they need at run time outside OSGi (the DS annotations are not kept). */
	private static final Set<String> NEEDED = Set.of("org.casenotes.core.tests", "org.casenotes.core", "org.casenotes.model",
			"org.casenotes.deid", "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.edit");

	private static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		BundleContext context = FrameworkUtil.getBundle(StoreChild.class).getBundleContext();
		Path base = baseOfRelativeLocations(context);
		for (Bundle bundle : context.getBundles()) {
			if (!NEEDED.contains(bundle.getSymbolicName())) {
				continue;
			}
			Path path = base.resolve(pathOf(bundle.getLocation())).normalize();
			if (Files.isDirectory(path)) {
				for (String output : List.of("target/classes", "bin")) {
					if (Files.isDirectory(path.resolve(output))) {
						entries.add(path.resolve(output).toString());
					}
				}
			}
			entries.add(path.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Tycho's test runtime writes bundle locations relative to the install area (its work folder). */
	private static Path baseOfRelativeLocations(BundleContext context) {
		for (String property : List.of("osgi.install.area", "osgi.configuration.area")) {
			String area = context.getProperty(property);
			if (area != null && area.startsWith("file:")) {
				Path path = pathOf(area);
				return property.equals("osgi.install.area") ? path : path.getParent();
			}
		}
		return Path.of("").toAbsolutePath();
	}

	/** Equinox locations look like "reference:file:/path/" or "initial@reference:file:path". */
	private static Path pathOf(String location) {
		String url = location;
		int at = url.indexOf('@');
		if (at >= 0 && !url.startsWith("file:")) {
			url = url.substring(at + 1);
		}
		if (url.startsWith("reference:")) {
			url = url.substring("reference:".length());
		}
		if (url.startsWith("file:")) {
			try {
				return Path.of(new URI(url.replace(" ", "%20")));
			} catch (Exception e) {
				return Path.of(url.substring("file:".length()));
			}
		}
		return Path.of(url);
	}
}
