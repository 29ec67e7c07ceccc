package org.ddmsportal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.contact.ContactRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

/**
 * Reading agreements: the lists, one agreement under the read rule of {@link AgreementPolicy},
 * its document as the actor should see it, and the signatures waiting for the actor.
 */
@ApplicationScoped
@Transactional
public class AgreementQueries {

    @Inject
    AgreementRepository agreements;

    @Inject
    ContactRepository contacts;

    @Inject
    AgreementDocuments documents;

    /** The agreements the actor may list ({@link AgreementPolicy#listScope}), filtered, sorted and paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Agreement> search(@NotNull Actor actor, @NotNull PageRequest request) {
        return AgreementCriteria.fromTable(AgreementPolicy.listScope(actor), request.filters(), request.search())
                .map(criteria -> agreements.search(criteria, request)).orElseGet(Page::empty);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agreement> find(@NotNull Actor actor, long id) {
        return agreements.find(id).filter(a -> AgreementPolicy.mayRead(actor, a));
    }

    /**
     * The agreement with this exact reference ({@code RS-2026-0001}), if the actor may read it
     * ({@link AgreementPolicy#mayRead}): the header search goes straight to it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agreement> findByReference(@NotNull Actor actor, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return agreements.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(a -> AgreementPolicy.mayRead(actor, a));
    }

    /** The agreement, if the actor may read it; otherwise "not found" (its existence is not disclosed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement get(@NotNull Actor actor, long id) {
        return find(actor, id).orElseThrow(NotFoundException::new);
    }

    /**
     * The read rule on an agreement the caller has already loaded (a page passing its record):
     * "not found" as {@link #get} answers, without reading it again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement requireRead(@NotNull Actor actor, @NotNull Agreement agreement) {
        if (!AgreementPolicy.mayRead(actor, agreement)) {
            throw new NotFoundException();
        }
        return agreement;
    }

    /** The document as XHTML (preview of a draft, or of the document as sent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String preview(@NotNull Actor actor, long id) {
        return documents.html(get(actor, id));
    }

    /**
     * The PDF the actor should see: the signed one with its certificate once complete, the one
     * sent for signature while out for signature, and a fresh rendering of a draft.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementPdf pdf(@NotNull Actor actor, long id) {
        Agreement a = get(actor, id);
        for (DocumentKind kind : List.of(DocumentKind.FINAL, DocumentKind.SENT)) {
            Optional<AgreementDocument> doc = agreements.document(id, kind);
            if (doc.isPresent()) {
                return new AgreementPdf(a.getReference() + (kind == DocumentKind.FINAL ? "-signed" : "") + ".pdf",
                        doc.get().getContent(), doc.get().getSha256());
            }
        }
        byte[] draft = documents.pdf(a);
        return new AgreementPdf(a.getReference() + "-draft.pdf", draft, AgreementDocument.sha256(draft));
    }

    /** A PDF with its file name and SHA-256. */
    public record AgreementPdf(String fileName, byte[] content, String sha256) {
    }

    /** The contacts who may sign for an organisation (for the party picker). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> signatoryOptions(@NotNull Actor actor, long organisationId) {
        return contacts.search(ContactCriteria.all().withOrganisationId(organisationId),
                new PageRequest(0, 200, "fullName", true, null, null)).rows();
    }
}
