/* The tree's user-mode control program. */
int main(void)
{
	return 0;
}
