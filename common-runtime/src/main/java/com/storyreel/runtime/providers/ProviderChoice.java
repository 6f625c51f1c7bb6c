package com.storyreel.runtime.providers;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Who does a stage's work, as set by {@code storyreel.<stage>.provider}: {@code auto} (the stage's paid vendor
 * when its API key is set, its free local provider otherwise), the vendor's name, or the local provider's name.
 * Bound from the setting's text, in any case; which names are legal depends on the stage, so they are checked
 * when the provider is chosen, at start-up.
 */
public record ProviderChoice(String value) {

    public static final ProviderChoice AUTO = new ProviderChoice("auto");

    public ProviderChoice {
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the stage calls its vendor: named, or picked by {@code auto} because the key is set. It checks
     * nothing, so that a service may tell what another stage will do (cost estimates) without failing for it.
     */
    public boolean usesVendor(String vendor, boolean keySet) {
        return value.equals(vendor) || value.equals(AUTO.value) && keySet;
    }

    /**
     * Makes the chosen provider, and only that one.
     *
     * @param property the setting's name, for the errors
     * @throws IllegalStateException if the value names neither provider, or names the vendor while its key is not
     *         set, so that a service does not start half-configured
     */
    public <P> P choose(String property, Vendor<P> vendor, Local<P> local) {
        if (!value.equals(AUTO.value) && !value.equals(vendor.name()) && !value.equals(local.name())) {
            throw new IllegalStateException(
                    property + " is '" + value + "'; it takes auto, " + vendor.name() + " or " + local.name());
        }
        if (value.equals(vendor.name()) && !vendor.keySet()) {
            throw new IllegalStateException(
                    property + " is " + vendor.name() + " but " + vendor.keyVariable() + " is not set");
        }
        return usesVendor(vendor.name(), vendor.keySet()) ? vendor.provider().get() : local.provider().get();
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * A stage's paid vendor, as its vendor package contributes it: the name the setting uses, the variable that
     * holds its key (never the key), whether that is set, and how to make the provider when it is chosen.
     */
    public record Vendor<P>(String name, String keyVariable, boolean keySet, Supplier<P> provider) {
    }

    /** A stage's free local provider: the name the setting uses, and how to make it. */
    public record Local<P>(String name, Supplier<P> provider) {
    }
}
