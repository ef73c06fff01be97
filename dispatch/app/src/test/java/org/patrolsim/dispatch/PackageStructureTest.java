// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dispatch modules' packages (model, reports, analysis and app, all on this module's class
 * path) depend on each other one way: no cycles, the domain never imports the CLI, the entities
 * talk only through the message protocol, the shared world does not know them, and the live drill
 * sits above the run, its web server above the drill.
 */
class PackageStructureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // the modules below come as jars, their test fixtures as test jars: only main classes are
    // checked
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.patrolsim.dispatch");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.patrolsim.dispatch.(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * The four modules inside dispatch/ as layers: Maven already refuses an import upwards (a module
   * does not see the ones above it); this says which packages make each module, so a package put in
   * the wrong module fails here by name.
   */
  @Test
  void theModulesDependOneWay() {
    String d = "org.patrolsim.dispatch.";
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy(
            d + "unit..",
            d + "incident..",
            d + "scenario..",
            d + "event..",
            d + "protocol..",
            d + "policy..",
            d + "model..",
            d + "calls..",
            d + "command..",
            d + "station..",
            d + "vehicle..",
            d + "run..",
            d + "records..",
            d + "kpi..",
            "org.patrolsim.dispatch",
            d + "report")
        .layer("reports")
        .definedBy(d + "report.html..", d + "report.geojson..")
        .layer("analysis")
        .definedBy(
            d + "hypercube..",
            d + "sweep..",
            d + "sensitivity..",
            d + "calibrate..",
            d + "backtest..",
            d + "compare..",
            d + "optimise..")
        .layer("app")
        .definedBy(d + "cli..", d + "drill..", d + "cluster..")
        .whereLayer("app")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("analysis")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("reports")
        .mayOnlyBeAccessedByLayers("analysis", "app")
        .check(classes);
  }

  @Test
  void theReportsPackagesDependOneWay() {
    slices()
        .matching("org.patrolsim.dispatch.report.(*)..")
        .should()
        .beFreeOfCycles()
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.report")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.report.geojson..", "org.patrolsim.dispatch.report.html..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.report.geojson..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.report.html..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.patrolsim.dispatch.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..",
            "org.patrolsim.dispatch.run..")
        .because("reports are rebuilt from the event stream and the plan, never from the entities")
        .check(classes);
  }

  @Test
  void onlyTheCliImportsTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.patrolsim.dispatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.cli..")
        .check(classes);
  }

  @Test
  void entitiesTalkOnlyThroughTheProtocol() {
    String[] entities = {
      "org.patrolsim.dispatch.calls..",
      "org.patrolsim.dispatch.command..",
      "org.patrolsim.dispatch.vehicle..",
      "org.patrolsim.dispatch.station.."
    };
    for (String entity : entities) {
      for (String other : entities) {
        if (!entity.equals(other)) {
          noClasses()
              .that()
              .resideInAPackage(entity)
              .should()
              .dependOnClassesThat()
              .resideInAPackage(other)
              .check(classes);
        }
      }
    }
  }

  @Test
  void theSharedWorldAndThePolicyDoNotKnowTheEntitiesOrTheReport() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.model..",
            "org.patrolsim.dispatch.policy..",
            "org.patrolsim.dispatch.protocol..",
            "org.patrolsim.dispatch.event..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..",
            "org.patrolsim.dispatch.report..",
            "org.patrolsim.dispatch.run..")
        .check(classes);
  }

  @Test
  void sweepsSitAboveTheRunAndTheClusterAboveTheSweep() {
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.sweep..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.cluster..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("org.patrolsim.dispatch.cluster..", "org.patrolsim.dispatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.cluster..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.patrolsim.dispatch.sweep..", "org.patrolsim.dispatch.cluster..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..")
        .check(classes);
  }

  @Test
  void sensitivitySitsAboveTheSweepAndOnlyTheCliUsesIt() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.patrolsim.dispatch.sensitivity..", "org.patrolsim.dispatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.sensitivity..")
        .because(
            "a sensitivity study is a sweep of the model's inputs; nothing below it knows of it")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.sensitivity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.cluster..",
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..")
        .check(classes);
  }

  @Test
  void theDrillSitsAboveTheRunAndItsWebAboveTheDrill() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.patrolsim.dispatch.drill..", "org.patrolsim.dispatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.drill..")
        .because("nothing of the model, the run or the reports knows there is a drill")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.drill")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.drill.web..")
        .because("the drill (session, log, replay, live picture) works without its web server")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.patrolsim.dispatch.drill..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..")
        .because("the drill reaches the model through the protocol and sees it through its records")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.patrolsim.dispatch.drill")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("akka.http..")
        .because("only the web package speaks HTTP")
        .check(classes);
  }

  @Test
  void theBacktestReadsTheRunsEventsAndOnlyTheCliUsesIt() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.patrolsim.dispatch.backtest..", "org.patrolsim.dispatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.backtest..")
        .because("a back-test compares a finished run with records; nothing below it knows of it")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.backtest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..",
            "org.patrolsim.dispatch.run..")
        .because("the simulated side is rebuilt from the event stream, like the reports")
        .check(classes);
  }

  @Test
  void calibrationReadsRecordsAndWritesPlansFromAbove() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.records..",
            "org.patrolsim.dispatch.scenario..",
            "org.patrolsim.dispatch.model..",
            "org.patrolsim.dispatch.incident..",
            "org.patrolsim.dispatch.run..",
            "org.patrolsim.dispatch.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.patrolsim.dispatch.calibrate..")
        .because("calibration fits a plan to records; neither the plan nor the records know of it")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.patrolsim.dispatch.calibrate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.patrolsim.dispatch.cluster..",
            "org.patrolsim.dispatch.calls..",
            "org.patrolsim.dispatch.command..",
            "org.patrolsim.dispatch.vehicle..",
            "org.patrolsim.dispatch.station..",
            "org.patrolsim.dispatch.run..")
        .because("calibration reads records, not a running model")
        .check(classes);
  }
}
