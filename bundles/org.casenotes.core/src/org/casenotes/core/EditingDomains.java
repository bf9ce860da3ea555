/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * The editing domain an editor or form edits the model through: its own command stack (so each undoes its own
 * edits), the model's item providers reflectively (the model has no generated edit code).
 */
public final class EditingDomains {

	private EditingDomains() {
	}

	public static AdapterFactoryEditingDomain create(CommandStack commands, ResourceSet resources) {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(adapters, commands, resources);
	}

	/** The domain for editing {@code object} where it is stored (its resource set, when it has one). */
	public static AdapterFactoryEditingDomain of(CommandStack commands, EObject object) {
		return create(commands, object.eResource() == null ? null : object.eResource().getResourceSet());
	}
}
