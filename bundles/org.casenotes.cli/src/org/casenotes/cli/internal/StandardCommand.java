/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.core.decisions.StandardException;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;

/**
 * {@code casenotes standard import FILE} adopts a group practice's standard for consultation records
 * ({@code *.cnstandard}); {@code casenotes standard show} prints the standard in force, the built-in minimum when
 * none was imported.
 */
final class StandardCommand extends AbstractCommand {

	private final OsgiServices services;

	StandardCommand(OsgiServices services) {
		super("standard", "import FILE | show", "import a practice standard (.cnstandard) for consultation records, or show the one in force");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
			console.out().println("usage: casenotes " + name() + " " + usage());
			console.out().println("  " + summary());
			return OK;
		}
		boolean show = args.size() == 1 && args.get(0).equals("show");
		boolean importing = args.size() == 2 && args.get(0).equals("import") && !args.get(1).startsWith("--");
		if (!show && !importing) {
			console.error("standard takes 'import FILE' or 'show' (see 'casenotes help standard')");
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		try {
			if (importing) {
				PracticeStandard standard = new PracticeStandards(store).importStandard(Path.of(args.get(1)));
				console.out().println("imported the standard " + title(standard) + ": " + standard.getRequirements().size()
						+ (standard.getRequirements().size() == 1 ? " requirement" : " requirements"));
				return OK;
			}
			PracticeStandard standard = store.practice().getStandard();
			print(standard != null ? standard : PracticeStandards.minimum(), standard == null, console.out());
			return OK;
		} catch (StandardException | StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		}
	}

	private static void print(PracticeStandard standard, boolean builtIn, PrintStream out) {
		out.println(title(standard) + (builtIn ? " (built in; no standard imported)" : "")
				+ (standard.getIssuedBy() == null || standard.getIssuedBy().isBlank() ? "" : ", issued by " + standard.getIssuedBy()));
		if (!standard.getRequiredCategories().isEmpty()) {
			out.println("  always record: " + standard.getRequiredCategories().stream().map(BoundaryCategory::getLiteral).collect(Collectors.joining(", ")));
		}
		for (StandardRequirement requirement : standard.getRequirements()) {
			boolean every = !requirement.eIsSet(org.casenotes.model.CasenotesPackage.Literals.STANDARD_REQUIREMENT__CATEGORY);
			out.println("  " + (every ? "every record" : requirement.getCategory().getLiteral()) + ": "
					+ requirement.getFields().stream().map(PracticeStandards::label).collect(Collectors.joining(", ")));
		}
	}

	private static String title(PracticeStandard standard) {
		return standard.getName() + (standard.getVersion() == null || standard.getVersion().isBlank() ? "" : " " + standard.getVersion());
	}
}
