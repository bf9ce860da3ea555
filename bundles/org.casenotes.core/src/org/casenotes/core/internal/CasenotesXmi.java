/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.util.HashMap;
import java.util.Map;

import org.casenotes.model.CasenotesPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** How Casenotes reads and writes its EMF resources: XMI with stable UUIDs and a hardened XML parser. */
public final class CasenotesXmi {

	private CasenotesXmi() {
	}

	/** A resource set that reads and writes every file as Casenotes XMI, independent of file extensions. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(CasenotesPackage.eNS_URI, CasenotesPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				(Resource.Factory) CasenotesResource::new);
		resourceSet.getLoadOptions().putAll(loadOptions());
		return resourceSet;
	}

	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// a workspace file is never trusted to pull in other files: no DOCTYPE, no external entities
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		return options;
	}

	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		return options;
	}

	/**
	 * XMI whose objects carry UUIDs, so references (a decision to its client, later across files) survive
	 * renames and reordering.
	 */
	public static class CasenotesResource extends XMIResourceImpl {

		public CasenotesResource(URI uri) {
			super(uri);
		}

		@Override
		protected boolean useUUIDs() {
			return true;
		}
	}
}
