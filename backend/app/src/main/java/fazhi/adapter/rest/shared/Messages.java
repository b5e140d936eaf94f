package fazhi.adapter.rest.shared;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of answers, in Chinese (default) or English, from {@code i18n/messages*.properties}. */
@ApplicationScoped
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** The caller's language: English when asked for before Chinese, Chinese otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            if (locale.getLanguage().equals("zh")) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    public String text(Locale locale, String key, List<?> arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    public String text(Locale locale, String key, Object... arguments) {
        return text(locale, key, List.of(arguments));
    }
}
