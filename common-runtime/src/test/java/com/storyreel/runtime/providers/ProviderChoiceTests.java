package com.storyreel.runtime.providers;

import java.util.Map;

import com.storyreel.runtime.providers.ProviderChoice.Local;
import com.storyreel.runtime.providers.ProviderChoice.Vendor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderChoiceTests {

    private static final Local<String> PAINTER = new Local<>("painter", () -> "painted");

    private static Vendor<String> leonardo(boolean keySet) {
        return new Vendor<>("leonardo", "LEONARDO_API_KEY", keySet, () -> "generated");
    }

    @Test
    void autoTakesTheVendorOnlyWhenItsKeyIsSet() {
        assertThat(ProviderChoice.AUTO.choose("storyreel.image.provider", leonardo(true), PAINTER)).isEqualTo("generated");
        assertThat(ProviderChoice.AUTO.choose("storyreel.image.provider", leonardo(false), PAINTER)).isEqualTo("painted");
    }

    @Test
    void aNamedProviderIsTakenWhateverTheKey() {
        assertThat(new ProviderChoice("painter").choose("storyreel.image.provider", leonardo(true), PAINTER))
                .isEqualTo("painted");
        assertThat(new ProviderChoice("leonardo").choose("storyreel.image.provider", leonardo(true), PAINTER))
                .isEqualTo("generated");
    }

    @Test
    void theVendorNamedWithoutItsKeyStopsTheServiceNamingTheVariable() {
        assertThatThrownBy(() -> new ProviderChoice("leonardo").choose("storyreel.image.provider", leonardo(false), PAINTER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storyreel.image.provider is leonardo but LEONARDO_API_KEY is not set");
    }

    @Test
    void aNameTheStageDoesNotKnowStopsTheServiceListingTheChoices() {
        assertThatThrownBy(() -> new ProviderChoice("ffmpeg").choose("storyreel.image.provider", leonardo(true), PAINTER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storyreel.image.provider is 'ffmpeg'; it takes auto, leonardo or painter");
    }

    @Test
    void onlyTheChosenProviderIsMade() {
        Vendor<String> unmade = new Vendor<>("leonardo", "LEONARDO_API_KEY", false, () -> {
            throw new AssertionError("the vendor's provider was made although not chosen");
        });
        assertThat(ProviderChoice.AUTO.choose("storyreel.image.provider", unmade, PAINTER)).isEqualTo("painted");
    }

    @Test
    void usesVendorTellsWithoutChecking() {
        assertThat(new ProviderChoice("leonardo").usesVendor("leonardo", false)).isTrue();
        assertThat(ProviderChoice.AUTO.usesVendor("leonardo", true)).isTrue();
        assertThat(ProviderChoice.AUTO.usesVendor("leonardo", false)).isFalse();
        assertThat(new ProviderChoice("painter").usesVendor("leonardo", true)).isFalse();
    }

    @Test
    void bindsFromTheSettingsTextInAnyCaseAndDefaultsToAuto() {
        Binder binder = new Binder(new MapConfigurationPropertySource(
                Map.of("storyreel.image.provider", " Leonardo ", "storyreel.clip.fps", "30")));

        assertThat(binder.bind("storyreel.image", Bindable.of(StageSettings.class)).get().provider())
                .isEqualTo(new ProviderChoice("leonardo"));
        assertThat(binder.bindOrCreate("storyreel.clip", Bindable.of(StageSettings.class)).provider())
                .isEqualTo(ProviderChoice.AUTO);
    }

    record StageSettings(@DefaultValue("auto") ProviderChoice provider) {
    }
}
