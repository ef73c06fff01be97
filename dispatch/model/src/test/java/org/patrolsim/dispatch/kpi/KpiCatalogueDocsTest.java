// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.UserInputError;
import org.patrolsim.dispatch.testing.Repository;

/** The catalogue against the docs it cites, and its lookups. */
class KpiCatalogueDocsTest {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @Test
  void everyKpiIsAKeyOfSummaryJsonInScenarioMd() throws IOException {
    Set<String> documented = documentedKeys(section("docs/SCENARIO.md#summaryjson"));
    List<String> missing =
        KpiCatalogue.keys().stream().filter(k -> !documented.contains(k)).toList();
    assertThat(missing).as("catalogue keys the summary.json table does not list").isEmpty();
  }

  @Test
  void everyKpiCitesASectionThatNamesIt() throws IOException {
    List<String> unnamed = new ArrayList<>();
    for (Kpi kpi : KpiCatalogue.all()) {
      String text = section(kpi.source());
      // a family is named once, with a placeholder: `firstArrivalSeconds.<priority>`
      String family =
          kpi.key()
              .replaceAll("\\.(urgent|normal|low|0-5|5-10|10-20|20-40|40\\+|[135])(\\..*)?$", ".");
      String parent = kpi.key().substring(0, Math.max(0, kpi.key().lastIndexOf('.')));
      if (!documentedKeys(text).contains(kpi.key())
          && !(family.endsWith(".") && text.contains("`" + family))
          && !(!parent.isEmpty() && text.contains("`" + parent + "`"))) {
        unnamed.add(kpi.key() + " in " + kpi.source());
      }
      assertThat(kpi.label()).as(kpi.key()).isNotBlank().isEqualTo(kpi.label().strip());
      assertThat(kpi.definition()).as(kpi.key()).isNotBlank();
    }
    assertThat(unnamed).as("KPIs their source section does not name").isEmpty();
  }

  @Test
  void anUnknownKeyIsOneLineOfferingTheClosestKeys() {
    assertThat(KpiCatalogue.require("incidents.total", "x")).isSameAs(KpiCatalogue.INCIDENTS);
    assertThat(KpiCatalogue.find("streetShare")).isEmpty();
    assertThatThrownBy(() -> KpiCatalogue.require("streetDisposalShar", "plan.yaml: kpis"))
        .isInstanceOf(UserInputError.class)
        .hasMessage(
            "plan.yaml: kpis: unknown KPI 'streetDisposalShar'; did you mean streetDisposalShare?"
                + " (every KPI: docs/SCENARIO.md, section summary.json)");
    // a key without its section is close to the keys that hold it
    assertThat(KpiCatalogue.suggestion("mealsMissed"))
        .isEqualTo("did you mean vehicles.mealsMissed?");
  }

  @Test
  void anUnknownKeyCloseToNothingGetsTheHeadlineKpis() {
    assertThatThrownBy(() -> KpiCatalogue.require("nonsense", "--objective"))
        .isInstanceOf(UserInputError.class)
        .hasMessage(
            "--objective: unknown KPI 'nonsense'; expected a summary.json path such as "
                + String.join(", ", KpiCatalogue.MAIN.stream().map(Kpi::key).toList())
                + " (every KPI: docs/SCENARIO.md, section summary.json)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void theMainKpisAreInTheCatalogueAndEachKeyIsThereOnce() {
    assertThat(KpiCatalogue.all()).containsAll(KpiCatalogue.MAIN);
    assertThat(new HashSet<>(KpiCatalogue.keys())).hasSize(KpiCatalogue.size());
    for (int k = 0; k < KpiCatalogue.size(); k++) {
      assertThat(KpiCatalogue.indexOf(KpiCatalogue.all().get(k).key())).isEqualTo(k);
    }
  }

  /** The text of a docs section, {@code docs/FILE.md#anchor}, up to the next heading. */
  static String section(String source) throws IOException {
    String[] parts = source.split("#", -1);
    List<String> lines = Files.readAllLines(Repository.file(parts[0]));
    StringBuilder out = new StringBuilder();
    int level = 0;
    for (String line : lines) {
      if (line.startsWith("#")) {
        int depth = line.indexOf(' ');
        if (level > 0 && depth <= level) {
          break;
        }
        if (level == 0 && anchor(line.substring(depth + 1)).equals(parts[1])) {
          level = depth;
        }
      } else if (level > 0) {
        out.append(line).append('\n');
      }
    }
    assertThat(level).as("%s has a heading with anchor #%s", parts[0], parts[1]).isPositive();
    return out.toString();
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
  private static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }

  /** Every dotted key written in code spans, braces and placeholders expanded. */
  static Set<String> documentedKeys(String text) {
    Set<String> keys = new HashSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      keys.addAll(expand(m.group(1).strip()));
    }
    return keys;
  }

  private static List<String> expand(String code) {
    String replaced =
        code.replace("<priority>", "{urgent,normal,low}")
            .replace("<band>", "{0-5,5-10,10-20,20-40,40+}")
            .replace("{...}", "{count,mean,p50,p90}");
    int open = replaced.indexOf('{');
    if (open < 0) {
      return List.of(replaced);
    }
    // the brace that closes the first one, and its choices split at its own commas
    List<String> choices = new ArrayList<>();
    int depth = 0;
    int from = open + 1;
    for (int i = open; i < replaced.length(); i++) {
      char c = replaced.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        choices.add(replaced.substring(from, i));
        List<String> out = new ArrayList<>();
        for (String choice : choices) {
          out.addAll(
              expand(replaced.substring(0, open) + choice.strip() + replaced.substring(i + 1)));
        }
        return out;
      } else if (c == ',' && depth == 1) {
        choices.add(replaced.substring(from, i));
        from = i + 1;
      }
    }
    return List.of(replaced);
  }
}
