package vn.ngoaid.manifests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documentation's links lead somewhere: in README.md, every docs/**&#47;*.md and every deploy/**&#47;README.md,
 * each relative link names a file or folder of the repository, and each {@code #anchor} a heading (or an HTML id) of
 * the Markdown file it points into, slugged as GitHub does. External links are not fetched. The README stays a
 * newcomer's page, and every page checked here is reached from it by links, so nothing moved out of it is lost.
 */
class MarkdownLinksTest {

    private static final Path ROOT = Services.ROOT;
    private static final Path README = ROOT.resolve("README.md");
    private static final int README_MAX_BYTES = 12_000;

    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern HTML_ID = Pattern.compile("<a\\s[^>]*\\b(?:id|name)=\"([^\"]+)\"");
    /** {@code [text](destination "title")} and images; the text may hold one level of brackets. */
    private static final Pattern INLINE_LINK =
            Pattern.compile("\\[(?:[^\\[\\]]|\\[[^\\]]*])*]\\(\\s*<?([^\\s()<>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(\\s.*)?$");
    private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\s[^>]*\\b(?:href|src)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");
    private static final Pattern LINE_ANCHOR = Pattern.compile("L\\d+(-L\\d+)?");

    /** A link as written: the file and line it is on, and its destination. */
    record Link(Path from, int line, String destination) {
        @Override
        public String toString() {
            return ROOT.relativize(from) + ":" + line + ": (" + destination + ")";
        }
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndEveryAnchorToAHeading() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (Link link : links(page)) {
                String problem = problem(link);
                if (problem != null) {
                    broken.add(link + " " + problem);
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void theReadmeStaysANewcomersPage() throws IOException {
        long size = Files.size(README);
        assertTrue(size <= README_MAX_BYTES, "README.md has " + size + " bytes; move details into docs/");
    }

    @Test
    void everyPageIsReachedFromTheReadme() {
        Set<Path> reached = new HashSet<>();
        Deque<Path> next = new ArrayDeque<>(List.of(README));
        while (!next.isEmpty()) {
            Path page = next.pop();
            if (!reached.add(page)) {
                continue;
            }
            for (Link link : links(page)) {
                Path target = target(link);
                if (target != null && Files.isRegularFile(target) && isMarkdown(target)) {
                    next.push(target);
                }
            }
        }
        Set<String> unreached = new TreeSet<>();
        for (Path page : pages()) {
            if (!reached.contains(page)) {
                unreached.add(ROOT.relativize(page).toString());
            }
        }
        assertEquals(Set.of(), unreached, "pages no link from README.md leads to");
    }

    @Test
    void anchorsAreSluggedAsGitHubDoes() {
        assertEquals(List.of("measured-2-core-machine", "one-server-docker-compose", "the-two-commands",
                        "lạng-sơns-delegations", "quảng-ninh--tỉnh", "snake_case-and-code", "health", "health-1"),
                anchors(List.of("## Measured (2-core machine)", "### One server: docker compose",
                        "## The two commands ##", "# Lạng Sơn's delegations", "## Quảng Ninh – tỉnh",
                        "## `snake_case` and [code](x.md)", "## Health", "## Health")));
    }

    /** What is wrong with a relative link, or null when it leads somewhere (or is external). */
    private static String problem(Link link) {
        Path target = target(link);
        if (target == null) {
            return null;
        }
        if (!target.startsWith(ROOT)) {
            return "leaves the repository";
        }
        if (!Files.exists(target)) {
            return "names " + ROOT.relativize(target) + ", which does not exist";
        }
        String anchor = anchor(link.destination());
        if (anchor.isEmpty()) {
            return null;
        }
        if (Files.isRegularFile(target) && isMarkdown(target)) {
            List<String> anchors = anchors(lines(target));
            return anchors.contains(anchor) ? null
                    : "#" + anchor + " is no heading of " + ROOT.relativize(target) + " (it has " + anchors + ")";
        }
        return Files.isRegularFile(target) && LINE_ANCHOR.matcher(anchor).matches() ? null
                : "#" + anchor + " points into " + ROOT.relativize(target) + ", which is not a Markdown file";
    }

    /** The file or folder a link names (the page itself for a bare {@code #anchor}); null for an external link. */
    private static Path target(Link link) {
        String destination = link.destination();
        if (SCHEME.matcher(destination).find()) {
            return null;
        }
        int hash = destination.indexOf('#');
        String path = decode(hash < 0 ? destination : destination.substring(0, hash));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return link.from();
        }
        Path base = path.startsWith("/") ? ROOT : link.from().getParent();
        return base.resolve(path.replaceFirst("^/+", "")).normalize();
    }

    private static String anchor(String destination) {
        int hash = destination.indexOf('#');
        return hash < 0 ? "" : decode(destination.substring(hash + 1));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** README.md, docs/**&#47;*.md and deploy/**&#47;README.md (build output and run directories aside). */
    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(README));
        pages.addAll(walk(ROOT.resolve("docs"), MarkdownLinksTest::isMarkdown));
        pages.addAll(walk(ROOT.resolve("deploy"), path -> path.getFileName().toString().equals("README.md")));
        return pages;
    }

    private static List<Path> walk(Path folder, Predicate<Path> wanted) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(wanted)
                    .filter(path -> ROOT.relativize(path).toString().matches("(?!.*(^|/)(target|\\.run)/).*"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMarkdown(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** The links of a page, outside code blocks and code spans. */
    private static List<Link> links(Path page) {
        List<Link> links = new ArrayList<>();
        List<String> lines = lines(page);
        boolean[] code = inCodeBlock(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            String line = CODE_SPAN.matcher(lines.get(i)).replaceAll(" ");
            for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
                Matcher matcher = pattern.matcher(line);
                while (matcher.find()) {
                    links.add(new Link(page, i + 1, matcher.group(1)));
                }
            }
        }
        return links;
    }

    /**
     * The anchors GitHub gives a page's headings: the heading's text (a link's text, no HTML tags) in lower case,
     * without punctuation other than hyphens and underscores, each space a hyphen (letters of any script, with their
     * marks, are kept); a repeated slug gets {@code -1}, {@code -2}, …; plus explicit {@code <a id>} / {@code name}.
     */
    static List<String> anchors(List<String> lines) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] code = inCodeBlock(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            String line = lines.get(i);
            Matcher atx = ATX_HEADING.matcher(line);
            String heading = null;
            if (atx.matches()) {
                heading = atx.group(1);
            } else if (i > 0 && !code[i - 1] && SETEXT_UNDERLINE.matcher(line).matches()
                    && isParagraphText(lines.get(i - 1))) {
                heading = lines.get(i - 1);
            }
            if (heading != null) {
                String slug = slug(heading);
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher id = HTML_ID.matcher(line);
            while (id.find()) {
                anchors.add(id.group(1));
            }
        }
        return anchors;
    }

    private static String slug(String heading) {
        String text = heading.trim()
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    private static boolean isParagraphText(String line) {
        String trimmed = line.trim();
        return !trimmed.isEmpty() && !trimmed.matches("([#>|*+-]|\\d+[.)]).*");
    }

    private static boolean[] inCodeBlock(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher opening = FENCE.matcher(lines.get(i));
            if (fence == null) {
                if (opening.find()) {
                    fence = opening.group(1);
                    code[i] = true;
                }
            } else {
                code[i] = true;
                String trimmed = lines.get(i).trim();
                char mark = fence.charAt(0);
                if (trimmed.startsWith(fence) && trimmed.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
            }
        }
        return code;
    }

    private static List<String> lines(Path page) {
        return Services.text(page).lines().toList();
    }
}
