/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.nio.file.Path;

import org.casenotes.ui.CasenotesUi;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About: product, version, licence and where the workspace is. */
public class AboutDialog extends Dialog {

	private final Path workspace;

	public AboutDialog(Shell parent, Path workspace) {
		super(parent);
		this.workspace = workspace;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About " + productName());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 6).create());
		Label icon = new Label(area, SWT.NONE);
		Image image = windowImageUpTo(128);
		if (image != null) {
			icon.setImage(image);
		}
		GridDataFactory.fillDefaults().span(1, 5).align(SWT.CENTER, SWT.BEGINNING).applyTo(icon);
		Label name = line(area, productName());
		name.setFont(JFaceResources.getHeaderFont());
		line(area, "Version " + version()).setData(CasenotesUi.WIDGET_ID, "about.version");
		line(area, "Case notes and consultation records for psychotherapists, de-identified before they leave this machine.");
		line(area, "Licensed under the Eclipse Public License 2.0.");
		line(area, "Workspace: " + workspace + "\nJava " + System.getProperty("java.version") + " on "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private static Label line(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** The largest of the window's icons that is no wider than {@code maxWidth}. */
	private Image windowImageUpTo(int maxWidth) {
		Image best = null;
		for (Image image : getParentShell() == null ? new Image[0] : getParentShell().getImages()) {
			int width = image.getBounds().width;
			if (width <= maxWidth && (best == null || width > best.getBounds().width)) {
				best = image;
			}
		}
		return best;
	}

	private static String productName() {
		IProduct product = Platform.getProduct();
		return product != null && product.getName() != null ? product.getName() : "Casenotes";
	}

	/** The product's version (its defining bundle's), shown without the build qualifier's noise. */
	public static String version() {
		IProduct product = Platform.getProduct();
		Bundle bundle = product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(AboutDialog.class);
		var v = bundle.getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + (v.getQualifier().isEmpty() ? "" : " (build " + v.getQualifier() + ")");
	}
}
