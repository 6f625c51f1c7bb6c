package com.storyreel.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What one unit of work cost at a paid vendor, in the vendor's own unit: OpenAI {@code tokens},
 * Leonardo {@code credits} (apiCreditCost), ElevenLabs {@code characters}, JSON2Video
 * {@code render-seconds}. Absent for the free local providers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorCost(String vendor, String unit, double amount) {

    /** This cost and another of the same vendor and unit, added up. */
    public VendorCost plus(VendorCost other) {
        if (other == null) {
            return this;
        }
        if (!vendor.equals(other.vendor) || !unit.equals(other.unit)) {
            throw new IllegalArgumentException("Cannot add " + other + " to " + this);
        }
        return new VendorCost(vendor, unit, amount + other.amount);
    }

    /** These costs added up: one entry per vendor and unit, in the order first seen. */
    public static List<VendorCost> totals(List<VendorCost> costs) {
        Map<String, VendorCost> byUnit = new LinkedHashMap<>();
        costs.forEach(cost -> byUnit.merge(cost.vendor() + "/" + cost.unit(), cost, VendorCost::plus));
        return List.copyOf(byUnit.values());
    }
}
