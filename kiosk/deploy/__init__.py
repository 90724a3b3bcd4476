"""Installing the kiosk as a boot-time service (systemd) in a minimal kiosk session."""
