#include "client.h"
#include "print/printmemory.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    OneSeal::keepMemoryForPrinting();
    QApplication app(argc, argv);
    return OneSeal::runClient(app);
}
