package org.ddmsportal.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads what reached the test stack's real SMTP server (GreenMail, started by devstack.TestStack)
 * over IMAP, from inside the container. Mailboxes are per recipient address.
 */
final class Mailbox {

    /** The test stack's IMAP port, passed to the container by arquillian.xml. */
    static final int IMAP_PORT = Integer.getInteger("ddms.test.imapPort", 3144);

    /** A received mail, read into memory. */
    record Mail(String subject, String body, List<String> to, List<String> attachments, byte[] firstAttachment) {
    }

    private Mailbox() {
    }

    static List<Mail> of(String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", Integer.toString(IMAP_PORT));
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", IMAP_PORT, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    mails.add(read(m));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("IMAP: " + e.getMessage(), e);
        }
    }

    /** Waits (up to 30 s: mail is sent after commit, asynchronously) for a mail that matches. */
    static Mail await(String address, Predicate<Mail> match, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Mail> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = of(address);
            for (Mail m : seen) {
                if (match.test(m)) {
                    return m;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address + " " + what + " within 30 s; it has: "
                + seen.stream().map(Mail::subject).toList());
    }

    static long count(String address, Predicate<Mail> match) {
        return of(address).stream().filter(match).count();
    }

    private static Mail read(Message m) throws MessagingException, IOException {
        List<String> to = new ArrayList<>();
        for (var a : m.getAllRecipients()) {
            to.add(a.toString());
        }
        StringBuilder body = new StringBuilder();
        List<String> names = new ArrayList<>();
        byte[][] first = new byte[1][];
        collect(m, body, names, first);
        return new Mail(m.getSubject(), body.toString(), to, names, first[0]);
    }

    private static void collect(Part part, StringBuilder body, List<String> names, byte[][] first)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), body, names, first);
            }
        } else if (part.getFileName() != null) {
            names.add(part.getFileName());
            if (first[0] == null) {
                first[0] = part.getInputStream().readAllBytes();
            }
        } else if (part.isMimeType("text/*")) {
            body.append(part.getContent());
        }
    }
}
