package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.casestudy.CaseStudyAttachments;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.web.shared.Texts;

/** The attachments tab of a case study's page: the files with their hashes, upload and removal. */
@Named
@ViewScoped
public class CaseStudyAttachmentsBacking extends CaseStudyTab {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyAttachments attachmentFiles;

    @Getter @Setter private transient Part upload;
    private transient List<Attachment> attachments;

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = attachmentFiles.attachments(currentActor.get(), page.getCaseStudy());
        }
        return attachments;
    }

    /**
     * Stores the file chosen; either way the page opens again on this tab, with the message: the
     * upload is a whole-page post to the page's first address, which a refusal showed again on its
     * first tab, the list and the message's reason out of sight (a file chosen cannot be kept anyway).
     */
    public String uploadAttachment() {
        String outcome = Texts.attempt(() -> {
            if (upload == null || upload.getSize() == 0) {
                throw new InvalidInputException("error.attachment.empty");
            }
            if (upload.getSize() > attachmentFiles.maxAttachmentBytes()) {
                throw new InvalidInputException("error.attachment.tooLarge", attachmentFiles.maxAttachmentBytes() / (1024 * 1024));
            }
            try (InputStream in = upload.getInputStream()) {
                attachmentFiles.attach(currentActor.get(), page.getId(), upload.getSubmittedFileName(), in);
            } catch (IOException e) {
                throw new InvalidInputException("error.attachment.unreadable");
            }
        }, "attachment.added", page.reload("attachments"));
        return outcome != null ? outcome : page.reload("attachments");
    }

    public String removeAttachment(long attachmentId) {
        return Texts.attempt(() -> attachmentFiles.removeAttachment(currentActor.get(), page.getId(), attachmentId),
                "attachment.removed", page.reload("attachments"));
    }

    public long getMaxAttachmentMb() {
        return attachmentFiles.maxAttachmentBytes() / (1024 * 1024);
    }
}
