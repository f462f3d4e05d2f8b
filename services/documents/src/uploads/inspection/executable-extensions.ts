/**
 * Extensions that an operating system or Office runs rather than displays: programs, installers,
 * scripts, shortcuts and macro-enabled Office files. One list for file names and link targets.
 */
export const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'com', 'scr', 'pif', 'bat', 'cmd', 'msi', 'msp', 'mst', 'msc', 'dll', 'cpl', 'sys', 'drv', 'ocx', 'jar', 'js', 'jse', 'mjs',
  'vbs', 'vbe', 'vb', 'wsf', 'wsh', 'wsc', 'ps1', 'psm1', 'psd1', 'hta', 'lnk', 'url', 'scf', 'reg', 'inf', 'sh', 'bash', 'command',
  'app', 'apk', 'dmg', 'pkg', 'deb', 'rpm', 'appimage', 'elf', 'bin', 'run', 'application', 'appref-ms', 'gadget', 'xbap', 'msix',
  'appx', 'iso', 'img', 'vhd', 'vhdx', 'chm', 'svg', 'html', 'htm', 'xhtml', 'mht', 'mhtml', 'docm', 'dotm', 'xlsm', 'xltm', 'xlam',
  'pptm', 'potm', 'ppam', 'ppsm', 'sldm', 'library-ms', 'settingcontent-ms', 'diagcab', 'xll', 'one',
]);

/** Whether the last extension of a name or path is one of the above. */
export function hasExecutableExtension(name: string): boolean {
  const match = /\.([^./\\]+)$/.exec(name.trim());
  return match !== null && EXECUTABLE_EXTENSIONS.has(match[1].toLowerCase());
}
