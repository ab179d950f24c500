/*
 * visit.c - a walk over a unit's top-level declarations as a parse of the
 * whole unit shows them, whatever index parsed it.
 *
 * A unit parsed with a PCH's declarations left out of walks (hvci_pch:
 * partial) lists at its top level what the parser handed over as it went,
 * and that includes each implicit instantiation of a function template
 * and of a class template's members: a C++ unit's `AutoLock<KSPIN_LOCK>`
 * constructor, at the template's own place.  A whole parse lists only
 * what the code declares there, so the checks and recovery would see
 * functions the user never wrote.  The walk passes over them; explicit
 * specializations, written where they stand, stay.
 *
 * It also answers whether a unit declares a file-static variable, for the
 * globals scan (engine/globals.c) and the PCH build (pch_build.c), which
 * must agree on what counts as one.
 */
#include "frontend/frontend.h"

typedef struct {
	CXCursorVisitor visit;
	CXClientData data;
} top_walk;

static int instantiated(CXCursor c)
{
	switch (clang_getCursorKind(c)) {
	case CXCursor_FunctionDecl:
	case CXCursor_CXXMethod:
	case CXCursor_Constructor:
	case CXCursor_Destructor:
	case CXCursor_ConversionFunction:
	case CXCursor_VarDecl:
		break;
	default:
		return 0;
	}
	CXCursor t = clang_getSpecializedCursorTemplate(c);
	return !clang_Cursor_isNull(t) &&
	       clang_equalLocations(clang_getCursorLocation(c), clang_getCursorLocation(t));
}

static enum CXChildVisitResult filter(CXCursor c, CXCursor parent, CXClientData d)
{
	const top_walk *w = d;
	if (clang_getCursorKind(parent) == CXCursor_TranslationUnit && instantiated(c))
		return CXChildVisit_Continue;
	return w->visit(c, parent, w->data);
}

unsigned hvci_visit_top(CXTranslationUnit tu, CXCursorVisitor visit, CXClientData d)
{
	top_walk w = {visit, d};
	return clang_visitChildren(clang_getTranslationUnitCursor(tu), filter, &w);
}

int hvci_is_file_static(CXCursor decl)
{
	if (clang_getCursorKind(decl) != CXCursor_VarDecl ||
	    clang_Cursor_getStorageClass(decl) != CX_SC_Static)
		return 0;
	CXCursor p = clang_getCursorSemanticParent(decl);
	enum CXCursorKind k = clang_getCursorKind(p);
	return k == CXCursor_TranslationUnit || k == CXCursor_Namespace;
}

enum CXChildVisitResult hvci_find_file_static(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_Namespace || k == CXCursor_LinkageSpec)
		return CXChildVisit_Recurse;
	if (!hvci_is_file_static(c))
		return CXChildVisit_Continue;
	*(int *)d = 1;
	return CXChildVisit_Break;
}

int hvci_declares_file_static(CXTranslationUnit tu)
{
	int found = 0;
	hvci_visit_top(tu, hvci_find_file_static, &found);
	return found;
}
