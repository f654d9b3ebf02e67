"""Asks LibreOffice's own LanguageTool client (its "LanguageTool Remote Grammar Checker") to
proofread Greek text against a running `glossa serve`, and checks what LibreOffice makes of the
answer: each finding's place in UTF-16 units, as Writer counts, its message and its fix.

Run with the Python that has LibreOffice's `uno` module (Debian's python3-uno):

    /usr/bin/python3 scripts/check-libreoffice.py SERVER_PORT PROFILE_FOLDER
"""
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

server_port, profile = sys.argv[1], sys.argv[2]
bridge = "socket,host=127.0.0.1,port=%d;urp;" % (int(server_port) + 1000)
office = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
     "-env:UserInstallation=file://" + profile, "--accept=" + bridge],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    for _ in range(300):
        try:
            context = resolver.resolve("uno:" + bridge + "StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.2)
    assert context is not None, "LibreOffice did not start"
    manager = context.ServiceManager

    # The setting Tools > Options > Language Settings > LanguageTool Server sets.
    provider = manager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", context)
    node = PropertyValue()
    node.Name, node.Value = "nodepath", "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"
    settings = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (node,))
    settings.setPropertyValue("BaseURL", "http://127.0.0.1:%s/v2" % server_port)
    settings.setPropertyValue("IsEnabled", True)
    settings.commitChanges()

    checker = manager.createInstanceWithContext("org.openoffice.lingu.LanguageToolGrammarChecker", context)
    greek = Locale("el", "GR", "")
    assert checker.hasLocale(greek), [(l.Language, l.Country) for l in checker.getLocales()]

    # An emoji first: UTF-16 places are one more than code point places after it.
    text = "😀 Η Πιονγκγιάνγκ και η Πιονγιάνγκ. Είπε ό,τι ήθελε στην πόλη.Σύμφωνα με πηγές."
    units = text.encode("utf-16-le")
    result = checker.doProofreading("glossa-check", text, greek, 0, len(units) // 2, ())
    found = []
    for error in result.aErrors:
        flagged = units[2 * error.nErrorStart:2 * (error.nErrorStart + error.nErrorLength)].decode("utf-16-le")
        found.append((flagged, tuple(error.aSuggestions)))
        assert error.aFullComment or error.aShortComment, error
    expected = [("Πιονγιάνγκ", ("Πιονγκγιάνγκ",)), ("πόλη.Σύμφωνα", ("πόλη. Σύμφωνα",))]
    assert found == expected, found
    print("LibreOffice %s read %d findings from glossa serve, places and fixes right"
          % (subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.split()[1], len(found)))
finally:
    office.terminate()
    try:
        office.wait(timeout=20)
    except subprocess.TimeoutExpired:
        office.kill()
