// SPDX-License-Identifier: Apache-2.0
/**
 * Roads, travel times and zones for patrolsim.
 *
 * <ul>
 *   <li>{@code network}: a road network imported from OpenStreetMap with GraphHopper (cached on
 *       disk), positions on it, and the travel-time oracle (point to point, one-to-many, coverage);
 *   <li>{@code zone}: beats and jurisdictions as JTS polygons read from GeoJSON;
 *   <li>{@code democity}: the generator of the bundled demo city.
 * </ul>
 */
package org.patrolsim.geo;
