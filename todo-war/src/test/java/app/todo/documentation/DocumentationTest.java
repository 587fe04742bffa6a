package app.todo.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.storage.control.DatabaseDefaults;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The front door and its rooms: the README and docs/ as a newcomer follows them. Every relative link leads to a file
 * that exists (and to a heading there, when it names one), and docs/configuration.md lists exactly the settings of
 * each WAR's microprofile-config.properties with their defaults, so that neither can drift from the code.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    @DisplayName("The README fits in 150 lines")
    void theReadmeIsShort() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 150, "README.md has " + lines + " lines");
    }

    @Test
    @DisplayName(
            "Every relative link of the README and docs/ leads to a file, and to a heading there when it names one")
    void everyLinkWorks() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        int checked = 0;
        for (Path page : pages) {
            String text = INLINE_CODE
                    .matcher(FENCED.matcher(Files.readString(page)).replaceAll(""))
                    .replaceAll("");
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto: — outside the repository
                }
                checked++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved =
                        file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (anchor != null && !anchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 20, "only " + checked + " links found: is the link pattern right?");
    }

    @Test
    @DisplayName(
            "docs/configuration.md lists every setting of the to-do service, its variable and its default, in order")
    void theToDoSettingsAreDocumented() throws IOException {
        List<String> settings = new ArrayList<>();
        // The database's URL and role first: their defaults are in code (DatabaseDefaults), Payara needs them early.
        DatabaseDefaults defaults = new DatabaseDefaults();
        defaults.getPropertyNames().stream().sorted().forEach(key -> settings.add(row(key, defaults.getValue(key))));
        settings.addAll(settings("todo-war"));
        assertEquals(settings, documented("## The to-do service (todo-war)"));
    }

    @Test
    @DisplayName(
            "docs/configuration.md lists every setting of the weather service, its variable and its default, in order")
    void theWeatherSettingsAreDocumented() throws IOException {
        assertEquals(settings("weather-war"), documented("## The weather service (weather-war)"));
    }

    /** "key | VARIABLE | default" for each key of the WAR's microprofile-config.properties, in the file's order. */
    private static List<String> settings(String war) throws IOException {
        Path file = ROOT.resolve(war).resolve("src/main/resources/META-INF/microprofile-config.properties");
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Properties one = new Properties();
            try (Reader reader = new java.io.StringReader(line)) {
                one.load(reader);
            }
            String key = one.stringPropertyNames().iterator().next();
            String value = one.getProperty(key);
            if (key.contains("/mp-rest/")) {
                continue; // a declared REST client's wiring to settings of the file ("${weather.forecast.url}")
            }
            rows.add(row(key, value));
        }
        assertTrue(rows.size() > 5, "no settings read from " + file);
        return rows;
    }

    /** "key | VARIABLE | default" */
    private static String row(String key, String value) {
        return key + " | " + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + " | "
                + (value.isEmpty() ? "(empty)" : value);
    }

    /** The same three cells of each row of the table under the heading, backticks removed. */
    private static List<String> documented(String heading) throws IOException {
        String text = Files.readString(ROOT.resolve("docs/configuration.md"), StandardCharsets.UTF_8);
        int start = text.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no heading " + heading);
        int end = text.indexOf("\n## ", start + heading.length() + 2);
        String section = text.substring(start, end < 0 ? text.length() : end);
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("| Setting | Environment variable | Default |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                String[] cells = line.split("(?<!\\\\)\\|");
                rows.add(cell(cells[1]) + " | " + cell(cells[2]) + " | " + cell(cells[3]));
            } else if (inTable) {
                inTable = false;
            }
        }
        return rows;
    }

    private static String cell(String markdown) {
        String text = markdown.strip().replace("\\|", "|");
        return text.startsWith("`") && text.endsWith("`") && text.length() > 1
                ? text.substring(1, text.length() - 1)
                : text;
    }

    /** GitHub's anchors for the headings of a Markdown file: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path file) throws IOException {
        if (!file.toString().endsWith(".md")) {
            return List.of();
        }
        List<String> anchors = new ArrayList<>();
        Matcher heading = HEADING.matcher(FENCED.matcher(Files.readString(file)).replaceAll(""));
        while (heading.find()) {
            anchors.add(heading.group(1)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }
}
