#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Foundation bundles its own ICU (_FoundationICU). Debian's libxml2 is built with ICU and would
   pull /usr/include/unicode into this module, which clashes on a clean build. Nothing here needs
   the ICU-specific parts of xmlCharEncodingHandler, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void newsgraph_xml_free(void *pointer) { xmlFree(pointer); }
#endif
