// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.LatLon;

/**
 * What the chosen plan changes in the starting plan, for optimise.html: where each around-the-clock
 * car waits before (its post, or its beat's centre) and after (car i holds the chosen plan's post
 * i, modulo the list, as {@code fleet.posts} says), and the cars on duty in each hour of both
 * plans.
 *
 * @param moves one per car of either plan, in car order
 * @param startCarsPerHour the starting plan's cars on duty by hour ({@link CarsPerHour})
 * @param chosenCarsPerHour the chosen plan's
 */
public record WhatMoved(List<Move> moves, double[] startCarsPerHour, double[] chosenCarsPerHour) {

  /**
   * One car: {@code from} null for a car only the chosen plan has, {@code to} null for a car only
   * the starting plan has.
   */
  public record Move(String car, LatLon from, LatLon to) {
    public boolean moved() {
      return from == null || !from.equals(to);
    }
  }

  public WhatMoved {
    moves = List.copyOf(moves);
    startCarsPerHour = startCarsPerHour.clone();
    chosenCarsPerHour = chosenCarsPerHour.clone();
  }

  @Override
  public double[] startCarsPerHour() {
    return startCarsPerHour.clone();
  }

  @Override
  public double[] chosenCarsPerHour() {
    return chosenCarsPerHour.clone();
  }

  /** What {@code result}'s chosen plan moved in {@code start}, the starting plan's model. */
  public static WhatMoved of(CityModel start, OptimiseResult result) {
    PostPlan chosen = result.chosenRow().plan();
    Scenario.Fleet before = start.scenario().fleet();
    LoadedScenario after = ScenarioLoader.fromJson(chosen.name(), chosen.scenarioJson());
    Scenario.Fleet afterFleet = after.scenario().fleet();
    List<LatLon> from = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (CarPlan car : start.cars().subList(0, Math.min(before.vehicles(), start.cars().size()))) {
      from.add(CandidateSites.startPlace(start, car).point());
      names.add(car.id().toString());
    }
    int n = Math.max(from.size(), afterFleet.vehicles());
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LatLon was = i < from.size() ? from.get(i) : null;
      LatLon now;
      if (i >= afterFleet.vehicles()) {
        now = null;
      } else if (chosen.sites().isEmpty()) {
        now = was;
      } else {
        now = chosen.sites().get(i % chosen.sites().size()).point();
      }
      moves.add(new Move(i < names.size() ? names.get(i) : new CarId(i + 1).toString(), was, now));
    }
    return new WhatMoved(moves, CarsPerHour.of(before), CarsPerHour.of(afterFleet));
  }
}
