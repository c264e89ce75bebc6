package io.c360.console.web;

/** One link of the navigation bar. */
public record NavItem(String label, String href, boolean current) {}
