package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ddmsportal.application.shared.ShortText;
import org.ddmsportal.domain.casestudy.Lesson;

/**
 * The questions a button asks before it deletes at once ({@code <p:confirm message="…">}), naming
 * what it deletes in the user's language. PrimeFaces escapes the message.
 */
@Named
@ApplicationScoped
public class Confirmations {

    /** The longest part of a lesson's text its question quotes. */
    static final int LESSON_TEXT = 61;

    /** "Delete “{what}”? This cannot be undone." */
    public String remove(String what) {
        return Texts.get("confirm.remove", what);
    }

    /** {@link #remove} for a lesson: its category and the start of its text. */
    public String removeLesson(Lesson lesson) {
        return remove(Texts.get("LessonCategory." + lesson.getCategory()) + Texts.colon() + " "
                + ShortText.abbreviate(lesson.getText(), LESSON_TEXT));
    }
}
