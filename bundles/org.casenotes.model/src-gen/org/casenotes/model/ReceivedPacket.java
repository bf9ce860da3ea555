/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Received Packet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A packet imported by its recipient, and the feedback the recipient writes on it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.ReceivedPacket#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.casenotes.model.ReceivedPacket#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.casenotes.model.ReceivedPacket#getPacket <em>Packet</em>}</li>
 *   <li>{@link org.casenotes.model.ReceivedPacket#getFeedback <em>Feedback</em>}</li>
 *   <li>{@link org.casenotes.model.ReceivedPacket#getExportedAt <em>Exported At</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getReceivedPacket()
 * @model
 * @generated
 */
public interface ReceivedPacket extends EObject {
	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getReceivedPacket_ImportedAt()
	 * @model dataType="org.casenotes.model.Instant" required="true"
	 * @generated
	 */
	Instant getImportedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ReceivedPacket#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.casenotes.model.CasenotesPackage#getReceivedPacket_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ReceivedPacket#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Packet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Packet</em>' containment reference.
	 * @see #setPacket(SharePacket)
	 * @see org.casenotes.model.CasenotesPackage#getReceivedPacket_Packet()
	 * @model containment="true" required="true"
	 * @generated
	 */
	SharePacket getPacket();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ReceivedPacket#getPacket <em>Packet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet</em>' containment reference.
	 * @see #getPacket()
	 * @generated
	 */
	void setPacket(SharePacket value);

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference.
	 * @see #setFeedback(Feedback)
	 * @see org.casenotes.model.CasenotesPackage#getReceivedPacket_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	Feedback getFeedback();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ReceivedPacket#getFeedback <em>Feedback</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback</em>' containment reference.
	 * @see #getFeedback()
	 * @generated
	 */
	void setFeedback(Feedback value);

	/**
	 * Returns the value of the '<em><b>Exported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exported At</em>' attribute.
	 * @see #setExportedAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getReceivedPacket_ExportedAt()
	 * @model dataType="org.casenotes.model.Instant"
	 * @generated
	 */
	Instant getExportedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ReceivedPacket#getExportedAt <em>Exported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exported At</em>' attribute.
	 * @see #getExportedAt()
	 * @generated
	 */
	void setExportedAt(Instant value);

} // ReceivedPacket
