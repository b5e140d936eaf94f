package fazhi.adapter.rest.shared;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of answers, in Chinese (default) or English. Each area keeps its own bundle in {@code i18n/}
 * ({@code messages} for the shared texts); a key is looked up in each bundle in turn.
 */
@ApplicationScoped
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** The bundles, by base name; add an area's bundle here. */
    static final List<String> BUNDLES = List.of("i18n.messages", "i18n.enforcement", "i18n.matters",
            "i18n.inspections", "i18n.cases", "i18n.deadlines", "i18n.review", "i18n.governance",
            "i18n.contracts", "i18n.training");

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
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return arguments.isEmpty() ? pattern
                            : new MessageFormat(pattern, locale).format(arguments.toArray());
                }
            } catch (MissingResourceException e) {
                // this area has no bundle (yet)
            }
        }
        return key;
    }

    public String text(Locale locale, String key, Object... arguments) {
        return text(locale, key, List.of(arguments));
    }
}
