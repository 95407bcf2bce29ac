//! Link options for the `atslink` binary only.

fn main() {
    // Pack the binary's ~18,700 relative relocations into a few kilobytes
    // (DT_RELR; glibc 2.36 and binutils 2.38 or later): the loader no longer
    // reads a 450 KB relocation table at every start, which `org list`
    // paid for in page faults. The executable stays position-independent,
    // so ASLR still applies; building it non-PIE was 0.2 ms faster again
    // but gives that up for a program that also serves the network.
    // GNU ld leaves the option out where the C library lacks it; other
    // platforms' linkers do not know it.
    let var = |name| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
