package com.storyreel.events;

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
}
