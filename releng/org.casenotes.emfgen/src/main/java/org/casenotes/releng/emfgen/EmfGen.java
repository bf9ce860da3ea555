/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.releng.emfgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator on a genmodel without an IDE.
 *
 * <pre>EmfGen generate|check PROJECT_DIR GENMODEL_PATH WORK_DIR</pre>
 *
 * Both modes first reload the genmodel from its Ecore model, as the IDE's "Reload" does, so that a class
 * added to the .ecore can never be silently missing from the generated code. {@code generate} rewrites the
 * genmodel (when the reload changed it) and {@code src-gen/} in place; {@code check} does the same in a copy
 * under WORK_DIR and fails, listing the files, when the committed project differs from it.
 */
public final class EmfGen {

	/** What the generator writes besides src-gen; build.properties and the manifest are ours. */
	private static final List<String> GENERATED_ROOT_FILES = List.of("plugin.xml", "plugin.properties");

	private EmfGen() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 4 || !(args[0].equals("generate") || args[0].equals("check"))) {
			throw new IllegalArgumentException("usage: EmfGen generate|check PROJECT_DIR GENMODEL_PATH WORK_DIR");
		}
		boolean check = args[0].equals("check");
		Path project = Path.of(args[1]).toAbsolutePath().normalize();
		String genModelPath = args[2];
		Path work = Path.of(args[3]).toAbsolutePath().normalize();
		String projectName = project.getFileName().toString();

		registerStandaloneFactories();
		long t0 = System.nanoTime();
		if (check) {
			Path copy = work.resolve(projectName);
			deleteRecursively(copy);
			// the generator reads the manifest and build.properties (e.g. the vendor), so the copy needs them
			copyRecursively(project.resolve("model"), copy.resolve("model"));
			copyRecursively(project.resolve("META-INF"), copy.resolve("META-INF"));
			Files.copy(project.resolve("build.properties"), copy.resolve("build.properties"));
			generate(projectName, copy, genModelPath);
			List<String> differences = new ArrayList<>();
			compareTree(project.resolve("src-gen"), copy.resolve("src-gen"), "src-gen/", differences);
			for (String f : GENERATED_ROOT_FILES) {
				compareFile(project.resolve(f), copy.resolve(f), f, differences);
			}
			compareFile(project.resolve(genModelPath), copy.resolve(genModelPath), genModelPath, differences);
			if (!differences.isEmpty()) {
				System.err.println("The committed EMF code of " + projectName + " is not what " + genModelPath
						+ " generates. Differences:");
				differences.forEach(d -> System.err.println("  " + d));
				System.err.println("Regenerate with: ./mvnw -Pregenerate-model -pl releng/org.casenotes.emfgen verify");
				throw new IllegalStateException("generated model code is out of date (" + differences.size() + " files)");
			}
			System.out.printf("EmfGen: %s/src-gen matches a fresh generation (%d ms)%n", projectName,
					(System.nanoTime() - t0) / 1_000_000);
		} else {
			deleteRecursively(project.resolve("src-gen"));
			generate(projectName, project, genModelPath);
			System.out.printf("EmfGen: regenerated %s/src-gen in %d ms%n", projectName, (System.nanoTime() - t0) / 1_000_000);
		}
	}

	private static void registerStandaloneFactories() {
		// what the plugin.xml extension points do inside Eclipse
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		factories.put("*", new XMIResourceFactoryImpl());
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
	}

	private static void generate(String projectName, Path projectDir, String genModelPath) throws IOException {
		// platform:/resource/<project>/ -> the directory; a file: URI would drop genModel= from plugin.xml
		EcorePlugin.getPlatformResourceMap().put(projectName,
				URI.createFileURI(projectDir.toString() + projectDir.getFileSystem().getSeparator()));
		URI genModelUri = URI.createPlatformResourceURI(projectName + "/" + genModelPath, true);
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource genModelResource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = reload((GenModel) genModelResource.getContents().get(0));
		genModelResource.getContents().set(0, genModel);
		genModelResource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));

		genModel.setCanGenerate(true);
		genModel.setValidateModel(false);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			print(diagnostic, "");
			throw new IllegalStateException("invalid genmodel: " + diagnostic.getMessage());
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
		if (result.getSeverity() != Diagnostic.OK) {
			print(result, "");
		}
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("EMF code generation failed (see the diagnostics above)");
		}
	}

	/** A genmodel rebuilt from its Ecore packages, keeping every setting of the old one (the IDE's Reload). */
	private static GenModel reload(GenModel old) {
		EcoreUtil.resolveAll(old);
		List<EPackage> packages = new ArrayList<>();
		for (GenPackage p : old.getGenPackages()) {
			packages.add(p.getEcorePackage());
		}
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(packages);
		fresh.getForeignModel().addAll(old.getForeignModel());
		fresh.reconcile(old);
		return fresh;
	}

	private static void compareTree(Path expected, Path actual, String label, List<String> differences) throws IOException {
		TreeSet<String> names = new TreeSet<>();
		names.addAll(relativeFiles(expected));
		names.addAll(relativeFiles(actual));
		for (String name : names) {
			compareFile(expected.resolve(name), actual.resolve(name), label + name, differences);
		}
	}

	private static void compareFile(Path committed, Path fresh, String label, List<String> differences) throws IOException {
		boolean inCommitted = Files.isRegularFile(committed);
		boolean inFresh = Files.isRegularFile(fresh);
		if (inCommitted && !inFresh) {
			differences.add(label + " is committed but no longer generated");
		} else if (!inCommitted && inFresh) {
			differences.add(label + " is generated but not committed");
		} else if (inCommitted && !Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(fresh))) {
			differences.add(label + " differs");
		}
	}

	private static List<String> relativeFiles(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
		}
	}

	private static void copyRecursively(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(p -> {
				try {
					Path target = to.resolve(from.relativize(p).toString());
					if (Files.isDirectory(p)) {
						Files.createDirectories(target);
					} else {
						Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static void print(Diagnostic d, String indent) {
		System.err.println(indent + severity(d) + " " + d.getMessage());
		for (Diagnostic child : d.getChildren()) {
			print(child, indent + "  ");
		}
	}

	private static String severity(Diagnostic d) {
		return switch (d.getSeverity()) {
		case Diagnostic.ERROR -> "ERROR";
		case Diagnostic.WARNING -> "WARNING";
		case Diagnostic.INFO -> "INFO";
		default -> "OK";
		};
	}
}
