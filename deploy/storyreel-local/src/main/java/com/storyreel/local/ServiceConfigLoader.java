package com.storyreel.local;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Lets six services share one class path while each reads its own application.yml: requests for
 * application configuration files are answered from the service's own jar (or classes directory)
 * only; everything else, classes included, comes from the shared parent.
 */
final class ServiceConfigLoader extends ClassLoader {

    private final URLClassLoader own;

    ServiceConfigLoader(Class<?> applicationClass, ClassLoader parent) {
        super(applicationClass.getSimpleName(), parent);
        URL location = applicationClass.getProtectionDomain().getCodeSource().getLocation();
        this.own = new URLClassLoader(new URL[] {location}, null);
    }

    @Override
    public URL getResource(String name) {
        return isApplicationConfig(name) ? own.findResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isApplicationConfig(name)) {
            URL url = own.findResource(name);
            return url == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(url));
        }
        return super.getResources(name);
    }

    private static boolean isApplicationConfig(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        return path.startsWith("application") && (path.endsWith(".yml") || path.endsWith(".yaml") || path.endsWith(".properties"))
                && !path.contains("/");
    }
}
